import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { absolutePositions } from '../model/layout.ts';
import { layoutGraph } from '../model/layout-graph.ts';
import { graphFromYaml } from '../model/spec-to-graph.ts';
import { visibleGraph } from '../model/visible-graph.ts';
import { allGroupIds, type PipelineGraph } from '../model/graph-model.ts';
import { PipelineGraphView } from './pipeline-graph-view.tsx';

const SPEC = `
pipelineInfo: {name: demo}
components:
  comp-condition-1:
    dag:
      tasks:
        report: {componentRef: {name: comp-report}, taskInfo: {name: Report}}
  comp-report: {executorLabel: exec-report}
  comp-flip: {executorLabel: exec-flip}
deploymentSpec:
  executors:
    exec-report: {container: {image: alpine:3}}
    exec-flip: {container: {image: python:3.11}}
root:
  dag:
    tasks:
      flip: {componentRef: {name: comp-flip}, taskInfo: {name: Flip coin}}
      condition-1:
        componentRef: {name: comp-condition-1}
        dependentTasks: [flip]
        triggerPolicy: {condition: "inputs.parameter_values['x'] == 'heads'"}
`;

function demoGraph(): PipelineGraph {
  const result = graphFromYaml(SPEC);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

/** React Flow positions a node with a CSS transform on its wrapper. */
function translation(element: Element | null): string | undefined {
  return element instanceof HTMLElement ? element.style.transform : undefined;
}

function wrapperOf(id: string): Element | null {
  return document.querySelector(`.react-flow__node[data-id="${id}"]`);
}

describe('PipelineGraphView', () => {
  it(
    'draws every node where the layout put it, groups around their children',
    { timeout: 30_000 },
    async () => {
      const graph = demoGraph();
      render(
        <div style={{ width: 800, height: 600 }}>
          <PipelineGraphView graph={graph} />
        </div>,
      );
      // ELK loads on the first layout, which can take a few seconds on a busy machine.
      await screen.findByRole('button', { name: /Flip coin/ }, { timeout: 20_000 });
      const layout = await layoutGraph(visibleGraph(graph, allGroupIds(graph)));
      const absolute = absolutePositions(layout);
      expect(layout.nodes).toHaveLength(3);
      // React Flow places each wrapper at its absolute position: the group's offset plus the child's.
      for (const box of layout.nodes) {
        const position = absolute.get(box.id);
        expect(translation(wrapperOf(box.id)), box.id).toBe(
          `translate(${position?.x ?? NaN}px,${position?.y ?? NaN}px)`,
        );
      }
      const group = layout.nodes.find((box) => box.id === 'root/condition-1');
      const child = layout.nodes.find((box) => box.id === 'root/condition-1/report');
      expect(child?.parentId).toBe('root/condition-1');
      expect((child?.x ?? -1) + (child?.width ?? Infinity)).toBeLessThanOrEqual(group?.width ?? 0);
      expect(absolute.get('root/condition-1')?.y).toBeGreaterThan(
        absolute.get('root/flip')?.y ?? Infinity,
      );
      expect(wrapperOf('root/condition-1/report')?.closest('.react-flow__nodes')).not.toBeNull();
      expect(screen.getByRole('button', { name: /Report/ })).toHaveAccessibleName(/alpine:3/);
    },
  );

  it(
    'collapses and expands a group, selects nodes and shows run states',
    { timeout: 30_000 },
    async () => {
      const onSelectNode = vi.fn<(id: string | undefined) => void>();
      const graph = demoGraph();
      const view = (props: {
        selectedNodeId?: string;
        nodeStates?: ReadonlyMap<string, string>;
      }) => (
        <div style={{ width: 800, height: 600 }}>
          <PipelineGraphView graph={graph} onSelectNode={onSelectNode} {...props} />
        </div>
      );
      const { rerender } = render(view({}));
      const collapse = await screen.findByRole(
        'button',
        { name: 'Collapse condition condition-1 (1 inside)' },
        { timeout: 20_000 },
      );
      expect(collapse).toHaveAttribute('aria-expanded', 'true');
      fireEvent.click(collapse);
      await waitFor(() => expect(screen.queryByRole('button', { name: /Report/ })).toBeNull());
      expect(
        screen.getByRole('button', { name: 'Expand condition condition-1 (1 inside)' }),
      ).toHaveAttribute('aria-expanded', 'false');

      fireEvent.click(screen.getByRole('button', { name: /Flip coin/ }));
      expect(onSelectNode).toHaveBeenLastCalledWith('root/flip');

      // A selection inside a collapsed group (a ?node= link) opens the group; states only re-render nodes.
      rerender(
        view({
          selectedNodeId: 'root/condition-1/report',
          nodeStates: new Map([['root/flip', 'RUNNING']]),
        }),
      );
      const report = await screen.findByRole('button', { name: /Report/ });
      expect(report).toHaveAttribute('aria-pressed', 'true');
      const flip = wrapperOf('root/flip');
      expect(flip).toBeInstanceOf(HTMLElement);
      if (flip instanceof HTMLElement)
        expect(within(flip).getByText('Running')).toBeInTheDocument();
    },
  );
});

describe('PipelineGraphView search, counts and keyboard', () => {
  it(
    'finds nodes by name, opening the group around a match, and cycles through matches',
    { timeout: 30_000 },
    async () => {
      const graph = demoGraph();
      render(
        <div style={{ width: 800, height: 600 }}>
          <PipelineGraphView graph={graph} />
        </div>,
      );
      const collapse = await screen.findByRole(
        'button',
        { name: 'Collapse condition condition-1 (1 inside)' },
        { timeout: 20_000 },
      );
      fireEvent.click(collapse);
      await waitFor(() => expect(screen.queryByRole('button', { name: /Report/ })).toBeNull());
      const search = screen.getByRole('searchbox', { name: 'Find a node by name' });
      fireEvent.change(search, { target: { value: 'REPORT' } });
      expect(screen.getByRole('status')).toHaveTextContent('1 of 1');
      await screen.findByRole('button', { name: /Report/ });
      expect(
        wrapperOf('root/condition-1/report')?.querySelector('[data-match="current"]'),
      ).not.toBeNull();
      fireEvent.change(search, { target: { value: 'o' } });
      expect(screen.getByRole('status')).toHaveTextContent('1 of 3');
      fireEvent.keyDown(search, { key: 'Enter' });
      expect(screen.getByRole('status')).toHaveTextContent('2 of 3');
      fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
      fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
      expect(screen.getByRole('status')).toHaveTextContent('3 of 3');
      fireEvent.change(search, { target: { value: 'nothing like it' } });
      expect(screen.getByRole('status')).toHaveTextContent('No match');
      expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
    },
  );

  it(
    'shows counts per state on a node that ran several times, in words; one node label is in the tab order',
    { timeout: 30_000 },
    async () => {
      const graph = demoGraph();
      const execution = (state: 'SUCCEEDED' | 'FAILED', i: number) => ({
        runtimeId: `r${i}`,
        state,
        cached: false,
        depth: 0,
        history: [],
        inputs: [],
        outputs: [],
        inputArtifacts: [],
        outputArtifacts: [],
      });
      const nodeRuns = new Map([
        [
          'root/condition-1',
          {
            nodeId: 'root/condition-1',
            state: 'FAILED' as const,
            executions: [
              execution('SUCCEEDED', 0),
              execution('SUCCEEDED', 1),
              execution('FAILED', 2),
            ],
            histogram: { SUCCEEDED: 2, FAILED: 1 },
            maxDepth: 0,
            iterationCount: 3,
          },
        ],
      ]);
      render(
        <div style={{ width: 800, height: 600 }}>
          <PipelineGraphView
            graph={graph}
            nodeRuns={nodeRuns}
            nodeStates={new Map([['root/condition-1', 'FAILED']])}
          />
        </div>,
      );
      const group = await screen.findByRole(
        'button',
        { name: /condition-1.*2\/3 succeeded, 1 failed/ },
        { timeout: 20_000 },
      );
      expect(group).toHaveAttribute('tabindex', '-1');
      const labels = document.querySelectorAll('[data-node-label]');
      expect(labels.length).toBe(3);
      const first = screen.getByRole('button', { name: /Flip coin/ });
      expect([...labels].filter((label) => label.getAttribute('tabindex') === '0')).toEqual([
        first,
      ]);
    },
  );
});
