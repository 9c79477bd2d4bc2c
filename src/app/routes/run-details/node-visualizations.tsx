import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import type { NodeExecution } from '@/features/graph';
import {
  hasV1Visualizations,
  hasV2Visualizations,
  ViewerCard,
  viewerQueries,
  ViewerSettingsContext,
  type LoadMode,
} from '@/features/visualizations';
import { useConfig } from '@/lib/config-context.tsx';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { PanelErrorBoundary } from '../../errors/panel-error-boundary.tsx';
import styles from './run-details.module.css';

/** Whether an execution has visualizations to load (v1: `mlpipeline-ui-metadata` or `mlpipeline-metrics` outputs; v2: viewable artifacts). */
export function hasVisualizations(execution: NodeExecution, isV1: boolean): boolean {
  if (isV1) return hasV1Visualizations(execution.outputArtifacts.map((a) => a.name));
  return hasV2Visualizations(execution.rawOutputs);
}

export interface ExecutionViewersProps {
  readonly runId: string;
  readonly namespace: string | undefined;
  readonly execution: NodeExecution;
  readonly isV1: boolean;
  readonly headingLevel?: 3 | 4;
}

/** Loads and draws one execution's viewers (v1 ReadArtifact of the ui-metadata; v2 task artifacts). */
export function ExecutionViewers({
  runId,
  namespace,
  execution,
  isV1,
  headingLevel = 3,
}: ExecutionViewersProps) {
  const client = useKfpClient();
  const tensorboard = useConfig().tensorboard;
  const [mode, setMode] = useState<LoadMode>('preview');
  const q = viewerQueries(client);
  const artifactNames = execution.outputArtifacts.map((a) => a.name);
  const v1 = useQuery({
    ...q.v1({ runId, nodeId: execution.runtimeId, namespace, artifactNames }, mode),
    enabled: isV1,
  });
  const v2 = useQuery({
    ...q.v2({ runId, taskId: execution.runtimeId, namespace, outputs: execution.rawOutputs }, mode),
    enabled: !isV1,
  });
  const query = isV1 ? v1 : v2;
  if (query.isPending) return <LoadingState label="Loading visualizations…" />;
  if (query.isError)
    return (
      <ErrorState
        title="Could not load the visualizations"
        message={describeError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.configs.length === 0)
    return (
      <EmptyState
        title="Nothing to show"
        message="This step's outputs have no viewer this dashboard knows."
      />
    );
  const settings = {
    ...(tensorboard ? { tensorboardUrlTemplate: tensorboard.urlTemplate } : {}),
    ...(namespace ? { namespace } : {}),
  };
  return (
    <ViewerSettingsContext value={settings}>
      <div className={styles.cards}>
        {query.data.configs.map((config, index) => (
          <PanelErrorBoundary key={`${config.type}-${index}`}>
            <ViewerCard
              config={config}
              headingLevel={headingLevel}
              onLoadAll={() => setMode('full')}
            />
          </PanelErrorBoundary>
        ))}
      </div>
    </ViewerSettingsContext>
  );
}

export function NodeVisualizations({
  runId,
  namespace,
  execution,
  isV1,
}:
  | Omit<ExecutionViewersProps, 'headingLevel'>
  | { runId: string; namespace: string | undefined; execution: undefined; isV1: boolean }) {
  if (execution === undefined || !hasVisualizations(execution, isV1)) {
    return (
      <EmptyState
        title="No visualizations"
        message={
          isV1
            ? 'This step wrote no mlpipeline-ui-metadata or mlpipeline-metrics output.'
            : 'This step has no metrics, HTML or markdown outputs.'
        }
      />
    );
  }
  return <ExecutionViewers runId={runId} namespace={namespace} execution={execution} isV1={isV1} />;
}
