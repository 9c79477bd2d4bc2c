import { useState } from 'react';
import type { GraphNode, NodeRun } from '@/features/graph';
import type { NodeTab } from '@/features/runs';
import { NodePanel } from './node-panel.tsx';

export interface TestNodePanelProps {
  readonly node: GraphNode;
  readonly nodeRun: NodeRun;
  readonly runId: string;
  readonly isV1: boolean;
  readonly initialTab: NodeTab;
}

/** The step panel as the run page shows it (tab kept in state, namespace kubeflow-alice), for component tests. */
export function TestNodePanel({ initialTab, ...props }: TestNodePanelProps) {
  const [tab, setTab] = useState<NodeTab>(initialTab);
  return (
    <NodePanel
      {...props}
      namespace="kubeflow-alice"
      tab={tab}
      onTab={setTab}
      executionIndex={undefined}
      onExecution={() => undefined}
      onClose={() => undefined}
      log={{
        selectedLine: undefined,
        onSelectLine: () => undefined,
        find: { query: '', regex: false, matchCase: false },
        onFindChange: () => undefined,
        lineHref: () => '',
      }}
    />
  );
}
