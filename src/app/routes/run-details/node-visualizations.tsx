import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/states';
import type { NodeExecution } from '@/features/graph';
import {
  hasV1Visualizations,
  hasV2Visualizations,
  viewerQueries,
  type LoadMode,
} from '@/features/visualizations';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ViewerCards } from '../shared/viewer-cards.tsx';
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
  return (
    <ViewerCards
      query={query}
      namespace={namespace}
      headingLevel={headingLevel}
      onLoadAll={() => setMode('full')}
      className={styles.cards}
      words={{
        loading: 'Loading visualizations…',
        failed: 'Could not load the visualizations',
        empty: "This step's outputs have no viewer this dashboard knows.",
      }}
    />
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
