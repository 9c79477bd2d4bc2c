import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { defaultShowArtifacts, parseArtifactsParam } from './artifacts-setting.ts';
import { allGroupIds, type PipelineGraph } from './graph-model.ts';
import { graphFromYaml } from './spec-to-graph.ts';
import { visibleGraph } from './visible-graph.ts';

const fixturesDir = join(requireSharedDir(), 'fixtures', 'pipelines');

function fixture(path: string): PipelineGraph {
  const result = graphFromYaml(readFileSync(join(fixturesDir, path), 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

/** `count` tasks of one component that writes a model. */
function fanOut(count: number): PipelineGraph {
  const tasks = Array.from(
    { length: count },
    (_, i) => `      t${i}: {componentRef: {name: comp-train}, taskInfo: {name: t${i}}}`,
  ).join('\n');
  const text = `pipelineInfo: {name: fan}
components:
  comp-train:
    executorLabel: exec-train
    outputDefinitions: {artifacts: {model: {artifactType: {schemaTitle: system.Model}}}}
deploymentSpec: {executors: {exec-train: {container: {image: python:3.11}}}}
root:
  dag:
    tasks:
${tasks}
`;
  const result = graphFromYaml(text);
  if (!result.ok) throw new Error(result.error);
  expect(result.graph.artifacts.size).toBe(count);
  return result.graph;
}

const edgeIds = (
  edges: readonly { readonly source: string; readonly target: string }[],
): string[] => edges.map((edge) => `${edge.source} -> ${edge.target}`).sort();

describe('artifact nodes (v2 outputDefinitions.artifacts)', () => {
  it('iris: one node per output artifact, typed, between producer and consumer; the direct data edges give way', () => {
    const graph = fixture('v2/essential_iris_pipeline_compiled.yaml');
    expect([...graph.artifacts.values()].map((a) => [a.id, a.artifact.type])).toEqual([
      ['root/create-dataset/@iris_dataset', 'system.Dataset'],
      ['root/normalize-dataset/@normalized_iris_dataset', 'system.Dataset'],
      ['root/train-model/@metrics', 'system.ClassificationMetrics'],
      ['root/train-model/@model', 'system.Model'],
    ]);
    expect(graph.artifacts.get('root/create-dataset/@iris_dataset')?.consumers).toEqual([
      { nodeId: 'root/normalize-dataset', inputName: 'input_iris_dataset' },
    ]);
    expect(graph.artifacts.get('root/train-model/@model')?.consumers).toEqual([]);
    // Without artifact nodes the artifacts are edge labels, as before.
    expect(graph.edges.map((edge) => [edge.id, edge.labels])).toEqual([
      ['root/create-dataset->root/normalize-dataset', ['iris_dataset → input_iris_dataset']],
      ['root/normalize-dataset->root/train-model', ['normalized_iris_dataset']],
    ]);
    expect(edgeIds(graph.artifactEdges)).toEqual([
      'root/create-dataset -> root/create-dataset/@iris_dataset',
      'root/create-dataset/@iris_dataset -> root/normalize-dataset',
      'root/normalize-dataset -> root/normalize-dataset/@normalized_iris_dataset',
      'root/normalize-dataset/@normalized_iris_dataset -> root/train-model',
      'root/train-model -> root/train-model/@metrics',
      'root/train-model -> root/train-model/@model',
    ]);
    // The consumer's input name labels the edge only where it differs from the output key.
    const labels = new Map(graph.artifactEdges.map((edge) => [edge.id, edge.labels]));
    expect(labels.get('root/create-dataset/@iris_dataset->root/normalize-dataset')).toEqual([
      'input_iris_dataset',
    ]);
    expect(labels.get('root/normalize-dataset/@normalized_iris_dataset->root/train-model')).toEqual(
      [],
    );
  });

  it('metrics visualizations: artifacts without consumers still hang off their producers', () => {
    const graph = fixture('v2/metrics_visualization_v2.yaml');
    expect(graph.edges).toEqual([]);
    expect(
      [...graph.artifacts.values()].map(
        (a) => `${a.producerId} ${a.name} ${a.artifact.type ?? ''}`,
      ),
    ).toEqual([
      'root/digit-classification metrics system.Metrics',
      'root/html-visualization html_artifact system.HTML',
      'root/iris-sgdclassifier metrics system.ClassificationMetrics',
      'root/markdown-visualization markdown_artifact system.Markdown',
      'root/wine-classification metrics system.ClassificationMetrics',
    ]);
    expect(graph.artifactEdges).toHaveLength(5);
    expect(
      graph.artifactEdges.every(
        (edge) => graph.artifacts.get(edge.target)?.producerId === edge.source,
      ),
    ).toBe(true);
  });

  it('a loop group that collects an artifact list produces it; its consumers take it from the group', () => {
    const graph = fixture('v2/artifacts_simple.yaml');
    const collected = graph.artifacts.get('root/for-loop-2/@pipelinechannel--double-out_dataset');
    expect(collected?.details.displayName).toBe('double-out_dataset');
    expect(collected?.artifact.isList).toBe(true);
    expect(collected?.parentId).toBeUndefined();
    expect(collected?.consumers.map((c) => c.nodeId)).toEqual(['root/add', 'root/add-container']);
    // The task inside the loop has its own artifact, a sibling of the task inside the loop group.
    expect(graph.artifacts.get('root/for-loop-2/double/@out_dataset')?.parentId).toBe(
      'root/for-loop-2',
    );
    expect(graph.artifacts.size).toBe(4);
  });

  it('a parameter carried with an artifact keeps the direct edge, labelled with the parameter only', () => {
    const graph = fixture('v2/pipeline_with_various_io_types.yaml');
    for (const edge of graph.artifactEdges) {
      const isArtifactEdge = graph.artifacts.has(edge.source) || graph.artifacts.has(edge.target);
      if (isArtifactEdge) continue;
      const original = graph.edges.find((e) => e.id === edge.id);
      expect(original, edge.id).toBeDefined();
      // What the direct edge still says is a subset of what it said with artifacts as labels.
      for (const label of edge.labels) expect(original?.labels).toContain(label);
    }
    for (const artifact of graph.artifacts.values()) {
      for (const consumer of artifact.consumers)
        expect(
          graph.artifactEdges.some((e) => e.source === artifact.id && e.target === consumer.nodeId),
        ).toBe(true);
    }
  });

  it('Argo graphs have none: their artifacts (mlpipeline-ui-metadata…) stay out of the drawing', () => {
    const graph = fixture('v1/artifact_passing_using_volume.yaml');
    expect(graph.source).toBe('argo');
    expect(graph.artifacts.size).toBe(0);
    expect(graph.artifactEdges).toBe(graph.edges);
    expect(defaultShowArtifacts(graph)).toBe(false);
  });

  it('visibleGraph draws artifacts right after their producers only when asked, and hides them with a collapsed producer group', () => {
    const graph = fixture('v2/artifacts_simple.yaml');
    const open = allGroupIds(graph);
    expect(visibleGraph(graph, open).nodes.some((n) => n.node.kind === 'artifact')).toBe(false);
    const shown = visibleGraph(graph, open, { artifacts: true });
    const ids = shown.nodes.map((n) => n.id);
    expect(ids.indexOf('root/add/@out_dataset')).toBe(ids.indexOf('root/add') + 1);
    expect(shown.nodes.find((n) => n.id === 'root/for-loop-2/double/@out_dataset')?.parentId).toBe(
      'root/for-loop-2',
    );
    const collapsed = visibleGraph(graph, [], { artifacts: true });
    expect(collapsed.nodes.map((n) => n.id)).not.toContain('root/for-loop-2/double/@out_dataset');
    // The group's own (collected) output stays visible outside it, and the edges go through it.
    expect(edgeIds(collapsed.edges)).toContain(
      'root/for-loop-2/@pipelinechannel--double-out_dataset -> root/add',
    );
    expect(edgeIds(collapsed.edges)).not.toContain('root/for-loop-2 -> root/add');
  });

  it('defaults: on up to 50 tasks, off above; the URL value wins when it is 1 or 0', () => {
    expect(defaultShowArtifacts(fixture('v2/essential_iris_pipeline_compiled.yaml'))).toBe(true);
    expect(defaultShowArtifacts(fanOut(50))).toBe(true);
    expect(defaultShowArtifacts(fanOut(51))).toBe(false);
    expect(parseArtifactsParam('1')).toBe(true);
    expect(parseArtifactsParam('0')).toBe(false);
    expect(parseArtifactsParam(null)).toBeUndefined();
    expect(parseArtifactsParam('yes')).toBeUndefined();
  });
});
