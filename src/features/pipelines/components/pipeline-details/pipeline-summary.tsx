import { DateTime } from '@/components/data-table';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { safeLink, type PipelineSummary } from '../../model/pipeline-detail';
import styles from './pipeline-details.module.css';

function SourceUrl({ url }: { readonly url: string }) {
  if (url === '') return <span className={styles.muted}>–</span>;
  const href = safeLink(url);
  return href === undefined ? (
    <span>{url}</span>
  ) : (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {url}
    </a>
  );
}

/** Name, description, creation time, namespace (or "shared") and the shown version's source URL. */
export function PipelineSummaryCard({ summary, version }: { readonly summary: PipelineSummary; readonly version: PipelineVersion | undefined }) {
  return (
    <section className={styles.card} aria-label="Pipeline summary">
      {summary.description === '' ? null : <p className={styles.description}>{summary.description}</p>}
      <dl className={styles.facts}>
        <div>
          <dt>Name</dt>
          <dd>{summary.name}</dd>
        </div>
        {summary.displayName === undefined ? null : (
          <div>
            <dt>Display name</dt>
            <dd>{summary.displayName}</dd>
          </div>
        )}
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime value={summary.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Namespace</dt>
          <dd>{summary.namespace}</dd>
        </div>
        <div>
          <dt>Pipeline ID</dt>
          <dd>
            <code>{summary.id}</code>
          </dd>
        </div>
        <div>
          <dt>Source URL</dt>
          <dd>
            <SourceUrl url={version?.code_source_url ?? ''} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
