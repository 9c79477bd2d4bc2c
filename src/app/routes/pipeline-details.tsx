import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { EmptyState, ErrorState } from '@/components/states';
import {
  ARTIFACTS_PARAM,
  artifactsParam,
  parseSimplifyParam,
  SIMPLIFY_PARAM,
  simplifyParam,
  graphFromSpec,
  NodePanel,
  parseArtifactsParam,
  type GraphResult,
} from '@/features/graph';
import { ArtifactPanel, PipelineGraphView } from '@/features/graph/canvas.ts';
import {
  GraphWithPanel,
  PipelineDetails,
  type VersionGraphProps,
} from '@/features/pipelines/components/pipeline-details';
import type { JsonObject } from '@/lib/kfp/wire/common.ts';
import { PanelErrorBoundary } from '../errors/panel-error-boundary.tsx';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

function buildGraph(spec: JsonObject): GraphResult {
  try {
    return graphFromSpec(spec);
  } catch (error) {
    // The adapters explain bad specs themselves; anything else still must not take the page down.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The graph tab: the version's spec → graph model → canvas, with the selected node's panel. */
function VersionGraph({ version, selectedNodeId, onSelectNode, onShowSpec }: VersionGraphProps) {
  const spec = version.pipeline_spec;
  const result = useMemo(() => (spec === undefined ? undefined : buildGraph(spec)), [spec]);
  const [params, setParams] = useSearchParams();
  if (result === undefined) return <EmptyState title="This version has no pipeline spec to draw" />;
  if (!result.ok) {
    return (
      <ErrorState
        title="Cannot draw this pipeline"
        message={result.error}
        actions={
          <button type="button" className="btn" onClick={onShowSpec}>
            Show the spec
          </button>
        }
      />
    );
  }
  const { graph } = result;
  const node = selectedNodeId === undefined ? undefined : graph.nodes.get(selectedNodeId);
  const artifact = selectedNodeId === undefined ? undefined : graph.artifacts.get(selectedNodeId);
  const close = () => onSelectNode(undefined);
  return (
    <GraphWithPanel
      canvas={
        <PanelErrorBoundary>
          <PipelineGraphView
            graph={graph}
            selectedNodeId={node?.id ?? artifact?.id}
            onSelectNode={onSelectNode}
            showArtifacts={parseArtifactsParam(params.get(ARTIFACTS_PARAM))}
            onShowArtifactsChange={(show) =>
              setParams((current) => artifactsParam(current, show), { replace: true })
            }
            simplify={parseSimplifyParam(params.get(SIMPLIFY_PARAM))}
            onSimplifyChange={(on) =>
              setParams((current) => simplifyParam(current, on), { replace: true })
            }
            label="Pipeline graph"
          />
        </PanelErrorBoundary>
      }
      panel={
        node ? (
          <NodePanel node={node} onClose={close} />
        ) : artifact ? (
          <ArtifactPanel
            graph={graph}
            artifact={artifact}
            onSelectNode={onSelectNode}
            onClose={close}
          />
        ) : undefined
      }
    />
  );
}

/** `/pipelines/:pipelineId?version=&tab=&node=` */
export function Component() {
  const { pipelineId = '' } = useParams();
  const { namespace } = useNamespace();
  return (
    <div className="page">
      <PipelineDetails
        key={pipelineId}
        pipelineId={pipelineId}
        namespace={namespace}
        renderHeader={(header) => (
          <PageHeader
            title={header.title}
            breadcrumbs={header.breadcrumbs}
            actions={header.actions}
          />
        )}
        renderGraph={(props) => <VersionGraph {...props} />}
      />
    </div>
  );
}
