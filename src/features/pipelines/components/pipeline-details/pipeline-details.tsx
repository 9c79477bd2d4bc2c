import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { pipelineDetailQueries } from '../../api/pipeline-detail-queries.ts';
import {
  pipelineTitle,
  selectedVersionId,
  toPipelineSummary,
} from '../../model/pipeline-detail.ts';
import { PipelineActions } from './pipeline-actions.tsx';
import { PipelineSummaryCard } from './pipeline-summary.tsx';
import { usePipelineUrl } from './use-pipeline-url.ts';
import { VersionSection, type VersionGraphProps } from './version-section.tsx';
import { VersionsTable } from './versions-table.tsx';

/** What the page header shows; the route draws it (the app's PageHeader) from this. */
export interface DetailHeader {
  readonly title: string;
  readonly breadcrumbs: readonly { readonly label: string; readonly to?: string }[];
  readonly actions?: ReactNode;
}

export interface PipelineDetailsProps {
  readonly pipelineId: string;
  readonly namespace: string | undefined;
  readonly renderHeader: (header: DetailHeader) => ReactNode;
  readonly renderGraph: (props: VersionGraphProps) => ReactNode;
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** `/pipelines/:pipelineId?version=&tab=&node=`: summary, actions, version switcher, graph/spec tabs and all versions. */
export function PipelineDetails({
  pipelineId,
  namespace,
  renderHeader,
  renderGraph,
}: PipelineDetailsProps) {
  const client = useKfpClient();
  const queries = pipelineDetailQueries(client);
  const url = usePipelineUrl();
  const pipeline = useQuery(queries.pipeline(pipelineId));
  const options = useQuery(queries.versionOptions(pipelineId));
  const versionId = selectedVersionId(url.version, options.data?.items[0]);
  const version = useQuery({
    ...queries.version(pipelineId, versionId ?? ''),
    enabled: versionId !== undefined,
  });
  const crumbs = [{ label: 'Pipelines', to: paths.pipelines({ ns: namespace }) }];

  if (isNotFound(pipeline.error)) {
    return (
      <>
        {renderHeader({
          title: 'Pipeline not found',
          breadcrumbs: [...crumbs, { label: pipelineId }],
        })}
        <EmptyState
          title="This pipeline does not exist"
          message={`There is no pipeline with ID ${pipelineId}. It may have been deleted.`}
          action={
            <Link className="btn btn--primary" to={paths.pipelines({ ns: namespace })}>
              Back to pipelines
            </Link>
          }
        />
      </>
    );
  }
  if (pipeline.data === undefined) {
    const failure = pipeline.isError ? describeError(pipeline.error) : undefined;
    return (
      <>
        {renderHeader({ title: 'Pipeline', breadcrumbs: [...crumbs, { label: pipelineId }] })}
        {failure ? (
          <ErrorState
            title={failure.title}
            message={failure.message}
            onRetry={() => void pipeline.refetch()}
            retrying={pipeline.isFetching}
          />
        ) : (
          <LoadingState label="Loading the pipeline…" />
        )}
      </>
    );
  }

  const name = pipelineTitle(pipeline.data);
  return (
    <>
      {renderHeader({
        title: name,
        breadcrumbs: [...crumbs, { label: name }],
        actions: (
          <PipelineActions
            pipelineId={pipelineId}
            name={name}
            versionId={versionId}
            versionCount={options.data?.total_size}
            namespace={namespace}
          />
        ),
      })}
      <PipelineSummaryCard summary={toPipelineSummary(pipeline.data)} version={version.data} />
      <VersionSection
        pipelineId={pipelineId}
        pipelineName={name}
        namespace={namespace}
        options={options}
        versionId={versionId}
        version={version}
        url={url}
        renderGraph={renderGraph}
      />
      <VersionsTable
        pipelineId={pipelineId}
        pipelineName={name}
        selectedId={versionId}
        hrefOf={url.searchWithVersion}
        onSelectedDeleted={() => url.setVersion(undefined)}
      />
    </>
  );
}
