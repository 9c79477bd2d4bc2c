import { DateTime } from '@/components/data-table';
import type { Fact } from '@/components/facts-table';
import { SummaryCard } from '@/components/summary-card';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { safeLink, type PipelineSummary } from '../../model/pipeline-detail.ts';
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
export function PipelineSummaryCard({
  summary,
  version,
}: {
  readonly summary: PipelineSummary;
  readonly version: PipelineVersion | undefined;
}) {
  const facts: Fact[] = [
    ['Name', summary.name],
    ...(summary.displayName === undefined
      ? []
      : [['Display name', summary.displayName] satisfies Fact]),
    ['Created', <DateTime key="created" value={summary.createdAt} />],
    ['Namespace', summary.namespace],
    ['Pipeline ID', <code key="id">{summary.id}</code>],
    ['Source URL', <SourceUrl key="source" url={version?.code_source_url ?? ''} />],
  ];
  return <SummaryCard label="Pipeline summary" description={summary.description} facts={facts} />;
}
