import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import type { PipelineGraph } from '../model/graph-model.ts';
import type { NodeRun } from '../model/run-state.ts';
import { graphFromYaml } from '../model/spec-to-graph.ts';
import { ArtifactPanel } from './artifact-panel.tsx';
import { PipelineGraphView, type PipelineGraphViewProps } from './pipeline-graph-view.tsx';

const SPEC = `
pipelineInfo: {name: train}
components:
  comp-train:
    executorLabel: exec-train
    outputDefinitions:
      artifacts:
        model: {artifactType: {schemaTitle: system.Model}}
        metrics: {artifactType: {schemaTitle: system.Metrics}}
  comp-serve:
    executorLabel: exec-serve
    inputDefinitions: {artifacts: {trained: {artifactType: {schemaTitle: system.Model}}}}
deploymentSpec:
  executors:
    exec-train: {container: {image: python:3.11}}
    exec-serve: {container: {image: python:3.11}}
root:
  dag:
    tasks:
      train: {componentRef: {name: comp-train}, taskInfo: {name: Train}}
      serve:
        componentRef: {name: comp-serve}
        taskInfo: {name: Serve}
        dependentTasks: [train]
        inputs: {artifacts: {trained: {taskOutputArtifact: {producerTask: train, outputArtifactKey: model}}}}
`;

function graphOf(text: string): PipelineGraph {
  const result = graphFromYaml(text);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

function view(graph: PipelineGraph, props: Partial<PipelineGraphViewProps> = {}) {
  return (
    <div style={{ width: 800, height: 600 }}>
      <PipelineGraphView graph={graph} {...props} />
    </div>
  );
}

const modelButton = () => screen.queryByRole('button', { name: /^model\s*system\.Model/ });

describe('the Artifacts toggle', () => {
  it(
    'starts on for a small v2 graph; artifact nodes are buttons with name and type, off hides them',
    { timeout: 30_000 },
    async () => {
      const onSelectNode = vi.fn<(id: string | undefined) => void>();
      render(
        view(graphOf(SPEC), { onSelectNode, nodeStates: new Map([['root/train', 'SUCCEEDED']]) }),
      );
      await screen.findByRole('button', { name: /Train/ }, { timeout: 20_000 });
      const toggle = screen.getByRole('checkbox', { name: 'Artifacts' });
      expect(toggle).toBeChecked();
      const model = await screen.findByRole('button', { name: /^model\s*system\.Model/ });
      expect(
        screen.getByRole('button', { name: /^metrics\s*system\.Metrics/ }),
      ).toBeInTheDocument();
      // Focusable like task nodes (roving tabindex), and it carries its producer's state.
      expect(model).toHaveAttribute('tabindex', '-1');
      expect(model.closest('[data-kind="artifact"]')).toHaveAttribute('data-state', 'SUCCEEDED');
      fireEvent.click(model);
      expect(onSelectNode).toHaveBeenLastCalledWith('root/train/@model');
      fireEvent.click(toggle);
      expect(toggle).not.toBeChecked();
      await waitFor(() => expect(modelButton()).toBeNull());
    },
  );

  it(
    'follows the URL state it is given and reports changes instead of keeping them',
    { timeout: 30_000 },
    async () => {
      const onShowArtifactsChange = vi.fn<(show: boolean) => void>();
      const graph = graphOf(SPEC);
      const { rerender } = render(view(graph, { showArtifacts: false, onShowArtifactsChange }));
      await screen.findByRole('button', { name: /Train/ }, { timeout: 20_000 });
      const toggle = screen.getByRole('checkbox', { name: 'Artifacts' });
      expect(toggle).not.toBeChecked();
      expect(modelButton()).toBeNull();
      fireEvent.click(toggle);
      expect(onShowArtifactsChange).toHaveBeenLastCalledWith(true);
      rerender(view(graph, { showArtifacts: true, onShowArtifactsChange }));
      await screen.findByRole('button', { name: /^model\s*system\.Model/ });
      expect(screen.getByRole('checkbox', { name: 'Artifacts' })).toBeChecked();
    },
  );

  it('is hidden for Argo (v1) graphs', { timeout: 30_000 }, async () => {
    const graph = graphOf(
      readFileSync(
        join(
          requireSharedDir(),
          'fixtures',
          'pipelines',
          'v1',
          'artifact_passing_using_volume.yaml',
        ),
        'utf8',
      ),
    );
    render(view(graph));
    await screen.findByRole('searchbox', { name: 'Find a node by name' }, { timeout: 20_000 });
    expect(screen.queryByRole('checkbox', { name: 'Artifacts' })).toBeNull();
  });
});

describe('ArtifactPanel', () => {
  it('shows type, producer, consumers and, in a run, the state and the URI the producer wrote', () => {
    const graph = graphOf(SPEC);
    const artifact = graph.artifacts.get('root/train/@model');
    if (!artifact) throw new Error('no model artifact');
    const producerRun: NodeRun = {
      nodeId: 'root/train',
      state: 'SUCCEEDED',
      executions: [
        {
          runtimeId: 't1',
          state: 'SUCCEEDED',
          cached: false,
          depth: 0,
          history: [],
          inputs: [],
          outputs: [],
          inputArtifacts: [],
          outputArtifacts: [{ name: 'model', uri: 'minio://mlpipeline/v2/artifacts/train/model' }],
        },
      ],
      histogram: { SUCCEEDED: 1 },
      maxDepth: 0,
    };
    const onSelectNode = vi.fn<(id: string) => void>();
    render(
      <ArtifactPanel
        graph={graph}
        artifact={artifact}
        producerRun={producerRun}
        inRun
        onSelectNode={onSelectNode}
        onClose={() => undefined}
      />,
    );
    const panel = screen.getByRole('complementary', { name: 'Artifact model' });
    expect(panel).toHaveTextContent('system.Model');
    expect(panel).toHaveTextContent('minio://mlpipeline/v2/artifacts/train/model');
    expect(panel).toHaveTextContent('(input trained)');
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(onSelectNode).toHaveBeenLastCalledWith('root/train');
    fireEvent.click(screen.getByRole('button', { name: 'Serve' }));
    expect(onSelectNode).toHaveBeenLastCalledWith('root/serve');
  });

  it('on a pipeline (no run) says nothing about state or URI', () => {
    const graph = graphOf(SPEC);
    const artifact = graph.artifacts.get('root/train/@metrics');
    if (!artifact) throw new Error('no metrics artifact');
    render(
      <ArtifactPanel
        graph={graph}
        artifact={artifact}
        onSelectNode={() => undefined}
        onClose={() => undefined}
      />,
    );
    const panel = screen.getByRole('complementary', { name: 'Artifact metrics' });
    expect(panel).toHaveTextContent('system.Metrics');
    expect(panel).not.toHaveTextContent('URI');
  });
});
