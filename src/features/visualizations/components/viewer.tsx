import { use } from 'react';
import type { ViewerConfig } from '../model/viewer-config.ts';
import { ArtifactFile } from './artifact-file/artifact-file.tsx';
import { FullScreenDialog } from './full-screen-dialog.tsx';
import { viewerFor } from './registry.ts';
import { ViewerSettingsContext } from './viewer-settings.ts';
import styles from './viewers.module.css';

export interface ViewerProps {
  config: ViewerConfig;
  onLoadAll?: () => void;
}

/** Draws one viewer config with its registered viewer. */
export function Viewer({ config, onLoadAll }: ViewerProps) {
  const { Component } = viewerFor(config);
  return <Component config={config} {...(onLoadAll ? { onLoadAll } : {})} />;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export interface ViewerCardProps extends ViewerProps {
  /** Heading level for the card title. */
  headingLevel?: 2 | 3 | 4;
}

/** A titled card around one viewer (title from the config, else the viewer type's name), with a full-screen view. */
export function ViewerCard({ config, onLoadAll, headingLevel = 3 }: ViewerCardProps) {
  const Heading = HEADINGS[headingLevel];
  const settings = use(ViewerSettingsContext);
  const kind = viewerFor(config).title;
  const title = config.title ?? kind;
  // One artifact can give several cards (a v2 ClassificationMetrics: confusion matrix and ROC): the kind tells them apart.
  const label = config.title === undefined ? kind : `${title} · ${kind}`;
  return (
    <section className={styles.card} aria-label={label}>
      <div className={styles.cardHeader}>
        <Heading className={styles.cardTitle}>
          {title}
          {config.title === undefined ? null : <span className={styles.cardKind}> · {kind}</span>}
        </Heading>
        {config.type === 'error' ? null : (
          <FullScreenDialog title={label}>
            <Viewer config={config} {...(onLoadAll ? { onLoadAll } : {})} />
          </FullScreenDialog>
        )}
      </div>
      {config.sourceUri !== undefined ? (
        <ArtifactFile uri={config.sourceUri} namespace={settings.namespace} />
      ) : null}
      <Viewer config={config} {...(onLoadAll ? { onLoadAll } : {})} />
    </section>
  );
}
