import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { pipelineDetailQueries } from '@/features/pipelines/api/pipeline-detail-queries.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';

interface PipelineLinkProps {
  readonly pipelineId: string;
  readonly ns: string | undefined;
}

/** The run's pipeline by name (its id until the name is known, or if it cannot be read). */
export function PipelineLink({ pipelineId, ns }: PipelineLinkProps) {
  const client = useKfpClient();
  const pipeline = useQuery(pipelineDetailQueries(client).pipeline(pipelineId));
  return (
    <Link to={paths.pipeline(pipelineId, { ns })}>{pipeline.data?.display_name || pipelineId}</Link>
  );
}

/** The run's pipeline version by name, on the pipeline page showing that version. */
export function PipelineVersionLink({
  pipelineId,
  versionId,
  ns,
}: PipelineLinkProps & { readonly versionId: string }) {
  const client = useKfpClient();
  const version = useQuery(pipelineDetailQueries(client).version(pipelineId, versionId));
  return (
    <Link to={paths.pipeline(pipelineId, { ns, version: versionId })}>
      {version.data?.display_name || versionId}
    </Link>
  );
}

/**
 * The run header's "Pipeline" and "Version" entries, both named like KFP's run details do. A run of a
 * pipeline without a version id ran its latest version at creation.
 */
export function pipelineLinks(
  pipelineId: string,
  versionId: string | undefined,
  ns: string | undefined,
): { readonly label: string; readonly content: ReactNode }[] {
  return [
    { label: 'Pipeline', content: <PipelineLink pipelineId={pipelineId} ns={ns} /> },
    {
      label: 'Version',
      content: versionId ? (
        <PipelineVersionLink pipelineId={pipelineId} versionId={versionId} ns={ns} />
      ) : (
        'latest'
      ),
    },
  ];
}
