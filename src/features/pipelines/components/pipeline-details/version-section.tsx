import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import type { Page } from '@/lib/kfp/wire/list.ts';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { paths } from '@/lib/paths.ts';
import { DetailTabs } from './detail-tabs.tsx';
import type { PipelineUrlState } from './use-pipeline-url.ts';
import { VersionBar } from './version-bar.tsx';

/** What the route needs to draw a version's graph (the graph feature lives outside this one). */
export interface VersionGraphProps {
  readonly version: PipelineVersion;
  readonly selectedNodeId: string | undefined;
  readonly onSelectNode: (nodeId: string | undefined) => void;
  readonly onShowSpec: () => void;
}

export interface VersionSectionProps {
  readonly pipelineId: string;
  readonly pipelineName: string;
  readonly namespace: string | undefined;
  readonly options: UseQueryResult<Page<PipelineVersion>>;
  readonly versionId: string | undefined;
  readonly version: UseQueryResult<PipelineVersion>;
  readonly url: PipelineUrlState;
  readonly renderGraph: (props: VersionGraphProps) => ReactNode;
}

function Failure({ query, title }: { readonly query: UseQueryResult; readonly title: string }) {
  const { message } = describeError(query.error);
  return (
    <ErrorState
      title={title}
      message={message}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}

/** The version switcher and the shown version's Graph and Spec tabs, each with its own loading and error states. */
export function VersionSection({
  pipelineId,
  pipelineName,
  namespace,
  options,
  versionId,
  version,
  url,
  renderGraph,
}: VersionSectionProps) {
  if (options.data === undefined) {
    return options.isError ? (
      <Failure query={options} title="Could not load the versions" />
    ) : (
      <LoadingState label="Loading versions…" />
    );
  }
  if (versionId === undefined) {
    return (
      <EmptyState
        title="This pipeline has no versions"
        message="Upload a version to see its graph."
        action={
          <Link
            className="btn btn--primary"
            to={paths.pipelineUpload({ pipelineId, ns: namespace })}
          >
            Upload version
          </Link>
        }
      />
    );
  }
  const bar = (
    <VersionBar
      pipelineId={pipelineId}
      pipelineName={pipelineName}
      options={options.data}
      selectedId={versionId}
      selected={version.data}
      onSelect={url.setVersion}
      onSelectedDeleted={() => url.setVersion(undefined)}
    />
  );
  if (version.error instanceof ApiError && version.error.status === 404) {
    return (
      <>
        {bar}
        <ErrorState
          title="Version not found"
          message={`This pipeline has no version with ID ${versionId}. It may have been deleted.`}
          actions={
            <button type="button" className="btn" onClick={() => url.setVersion(undefined)}>
              Show the latest version
            </button>
          }
        />
      </>
    );
  }
  if (version.data === undefined) {
    return (
      <>
        {bar}
        {version.isError ? (
          <Failure query={version} title="Could not load the version" />
        ) : (
          <LoadingState label="Loading the version…" />
        )}
      </>
    );
  }
  const shown = version.data;
  return (
    <>
      {bar}
      <DetailTabs
        tab={url.tab}
        onTab={url.setTab}
        version={shown}
        graph={renderGraph({
          version: shown,
          selectedNodeId: url.node,
          onSelectNode: url.setNode,
          onShowSpec: () => url.setTab('spec'),
        })}
      />
    </>
  );
}
