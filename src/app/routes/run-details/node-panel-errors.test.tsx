import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NodeRun } from '@/features/graph';
import { emptyDetails, GraphBuilder } from '@/features/graph/model/graph-builder.ts';
import type * as Visualizations from '@/features/visualizations';
import { visualizationKeys, type LoadedViewers } from '@/features/visualizations';
import { createTestQueryClient, renderWithApp } from '@/testing/render.tsx';
import { TestNodePanel } from './node-panel.test-kit.tsx';

// A viewer that throws while drawing (a bug in one viewer, bad data a parser let through).
vi.mock('@/features/visualizations', async (importOriginal) => {
  const actual = await importOriginal<typeof Visualizations>();
  return {
    ...actual,
    ViewerCard: (props: Visualizations.ViewerCardProps) => {
      if (props.config.title === 'broken') throw new Error('The viewer broke.');
      return <actual.ViewerCard {...props} />;
    },
  };
});

const RUN = 'run-1';
const NODE = 'train';

function graphNode() {
  const builder = new GraphBuilder();
  builder.addTask(NODE, NODE, undefined, emptyDetails('Train'));
  const node = builder.build({ source: 'argo', inputs: [] }).nodes.get(NODE);
  if (!node) throw new Error('no node');
  return node;
}

const nodeRun: NodeRun = {
  nodeId: NODE,
  state: 'SUCCEEDED',
  executions: [
    {
      runtimeId: 'train-123',
      state: 'SUCCEEDED',
      cached: false,
      depth: 0,
      history: [],
      inputs: [],
      outputs: [],
      inputArtifacts: [],
      outputArtifacts: [{ name: 'mlpipeline-ui-metadata', uri: 'minio://mlpipeline/x.tgz' }],
    },
  ],
  histogram: { SUCCEEDED: 1 },
  maxDepth: 0,
};

function Panel() {
  return (
    <TestNodePanel
      node={graphNode()}
      nodeRun={nodeRun}
      runId={RUN}
      isV1
      initialTab="visualizations"
    />
  );
}

describe('a throwing viewer', () => {
  it('shows its error in its own card; the other viewers, the panel and its tabs keep working', async () => {
    const queryClient = createTestQueryClient();
    const loaded: LoadedViewers = {
      configs: [
        { type: 'markdown', title: 'broken', markdown: 'never drawn' },
        { type: 'markdown', title: 'notes', markdown: 'Still here' },
      ],
      skipped: [],
    };
    queryClient.setQueryData(visualizationKeys.v1(RUN, 'train-123', 'preview'), loaded);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApp(<Panel />, { queryClient });

    const panel = screen.getByRole('complementary', { name: 'Step Train' });
    expect(await within(panel).findByText('The viewer broke.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await within(panel).findByText('Still here')).toBeInTheDocument();

    fireEvent.click(within(panel).getByRole('tab', { name: 'Details' }));
    expect(within(panel).getByRole('tab', { name: 'Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(panel).queryByText('The viewer broke.')).not.toBeInTheDocument();
  });
});
