import type { ViewerConfig } from '../model/viewer-config.ts';
import { FullScreenDialog } from './full-screen-dialog.tsx';
import { viewerFor } from './registry.ts';
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
  const title = config.title ?? viewerFor(config).title;
  return (
    <section className={styles.card} aria-label={title}>
      <div className={styles.cardHeader}>
        <Heading className={styles.cardTitle}>{title}</Heading>
        <FullScreenDialog title={title}>
          <Viewer config={config} {...(onLoadAll ? { onLoadAll } : {})} />
        </FullScreenDialog>
      </div>
      <Viewer config={config} {...(onLoadAll ? { onLoadAll } : {})} />
    </section>
  );
}
