import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NodeExecution, NodeRun } from '@/features/graph';
import { emptyDetails, GraphBuilder } from '@/features/graph/model/graph-builder.ts';
import type { NodeTab } from '@/features/runs';
import { renderWithApp } from '@/testing/render.tsx';
import { TestNodePanel } from './node-panel.test-kit.tsx';

const NODE = 'multiply';

function graphNode() {
  const builder = new GraphBuilder();
  builder.addTask(NODE, NODE, undefined, emptyDetails('multiply'));
  const node = builder.build({ source: 'v2', inputs: [] }).nodes.get(NODE);
  if (!node) throw new Error('no node');
  return node;
}

const cachedExecution = (extra: Partial<NodeExecution>): NodeExecution => ({
  runtimeId: 'task-2',
  state: 'SUCCEEDED',
  cached: true,
  depth: 0,
  history: [],
  inputs: [],
  outputs: [],
  inputArtifacts: [],
  outputArtifacts: [],
  ...extra,
});

function Panel({ execution, initial }: { execution: NodeExecution; initial: NodeTab }) {
  const nodeRun: NodeRun = {
    nodeId: NODE,
    state: 'SUCCEEDED',
    executions: [execution],
    histogram: { SUCCEEDED: 1 },
    maxDepth: 0,
    cached: true,
  };
  return (
    <TestNodePanel
      node={graphNode()}
      nodeRun={nodeRun}
      runId="run-2"
      isV1={false}
      initialTab={initial}
    />
  );
}

describe('the step panel of a task taken from the cache', () => {
  it('says Cached, links the original execution, and has no log to fetch', () => {
    renderWithApp(
      <Panel execution={cachedExecution({ cachedExecutionId: '42' })} initial="details" />,
    );
    const panel = screen.getByRole('complementary', { name: 'Step multiply' });
    expect(within(panel).getAllByText('Cached').length).toBeGreaterThanOrEqual(2);
    expect(
      within(panel).getByText(/Taken from the cache: the step's container did not run/),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Execution 42' })).toHaveAttribute(
      'href',
      '/executions/42?ns=kubeflow-alice',
    );
    fireEvent.click(within(panel).getByRole('tab', { name: 'Logs' }));
    expect(within(panel).getByText('No log: taken from the cache')).toBeInTheDocument();
  });

  it('says so also where the server names no original (tasks[] has no cached_execution_id), even with a driver pod', () => {
    renderWithApp(
      <Panel
        execution={cachedExecution({
          podName: 'wf-system-container-driver-1',
          history: [
            { time: '2026-12-05T10:00:00Z', state: 'RUNNING' },
            { time: '2026-12-05T10:00:01Z', state: 'SUCCEEDED' },
          ],
        })}
        initial="logs"
      />,
    );
    const panel = screen.getByRole('complementary', { name: 'Step multiply' });
    expect(within(panel).getByText('No log: taken from the cache')).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('tab', { name: 'Details' }));
    expect(
      within(panel).getByText(/Taken from the cache: the step's container did not run/),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: /^Execution/ })).not.toBeInTheDocument();
    // Header, state and the last state change all say Cached (tasks[] says CACHED there).
    expect(within(panel).getAllByText('Cached')).toHaveLength(3);
    expect(within(panel).getByText('Running')).toBeInTheDocument();
  });
});
