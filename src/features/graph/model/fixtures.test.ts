import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { taskCount, type PipelineGraph } from './graph-model.ts';
import { graphFromYaml } from './spec-to-graph.ts';

const pipelinesDir = join(requireSharedDir(), 'fixtures', 'pipelines');

/** Fixtures that are not pipelines at all (Kubernetes Pods for building images): rejected with a reason. */
const NOT_PIPELINES = new Set(['v1/kaniko.basic.yaml', 'v1/kaniko.kubeflow.yaml']);

function expectConsistent(graph: PipelineGraph): void {
  const seen = new Set<string>();
  for (const node of graph.nodes.values()) {
    if (node.parentId !== undefined) {
      expect(seen.has(node.parentId), `${node.id}: parent listed first`).toBe(true);
      const parent = graph.nodes.get(node.parentId);
      expect(
        parent?.kind === 'group' && parent.childIds.includes(node.id),
        `${node.id}: in its parent's childIds`,
      ).toBe(true);
      expect(
        node.id.startsWith(`${node.parentId}/`),
        `${node.id}: id extends the parent's path`,
      ).toBe(true);
    } else {
      expect(graph.rootIds).toContain(node.id);
    }
    seen.add(node.id);
  }
  for (const edge of graph.edges) {
    expect(graph.nodes.has(edge.source) && graph.nodes.has(edge.target), edge.id).toBe(true);
    expect(edge.source).not.toBe(edge.target);
  }
  expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  // Artifact nodes: producers exist, siblings of them; the edges drawn with them join known nodes, once each.
  for (const artifact of graph.artifacts.values()) {
    expect(graph.nodes.get(artifact.producerId)?.parentId, artifact.id).toBe(artifact.parentId);
    expect(graph.nodes.has(artifact.id), `${artifact.id}: not a task id`).toBe(false);
  }
  for (const edge of graph.artifactEdges) {
    const known = (id: string) => graph.nodes.has(id) || graph.artifacts.has(id);
    expect(known(edge.source) && known(edge.target), edge.id).toBe(true);
  }
  expect(new Set(graph.artifactEdges.map((edge) => edge.id)).size).toBe(graph.artifactEdges.length);
}

for (const version of ['v1', 'v2'] as const) {
  const files = readdirSync(join(pipelinesDir, version)).filter((file) => /\.ya?ml$/.test(file));

  describe(`every ${version} fixture pipeline`, () => {
    it('has fixtures to read', () => {
      expect(files.length).toBeGreaterThan(30);
    });

    it.each(files)('%s becomes a consistent graph with tasks', (file) => {
      const result = graphFromYaml(readFileSync(join(pipelinesDir, version, file), 'utf8'));
      if (NOT_PIPELINES.has(`${version}/${file}`)) {
        expect(result.ok ? 'a graph' : result.error).toContain(
          'Not a pipeline: apiVersion is v1 and kind is Pod',
        );
        return;
      }
      if (!result.ok) throw new Error(`${file}: ${result.error}`);
      expect(result.graph.source).toBe(version === 'v1' ? 'argo' : 'v2');
      expect(taskCount(result.graph)).toBeGreaterThan(0);
      expectConsistent(result.graph);
    });
  });
}
