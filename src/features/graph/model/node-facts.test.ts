import { describe, expect, it } from 'vitest';
import {
  controlFacts,
  nodeKindLabel,
  resourceFacts,
  type FactsNode as PanelNode,
} from './node-facts.ts';
import type { NodeDetails as PanelNodeDetails } from './graph-model.ts';

const base: PanelNodeDetails = {
  displayName: 'train',
  command: [],
  args: [],
  inputs: [],
  outputs: [],
  volumes: [],
};

describe('node panel facts', () => {
  it('names the kind of node', () => {
    const node = (extra: Partial<PanelNode>): PanelNode => ({
      id: 'root/x',
      name: 'x',
      kind: 'task',
      details: base,
      ...extra,
    });
    expect(nodeKindLabel(node({}))).toBe('Task');
    expect(nodeKindLabel(node({ kind: 'group', groupKind: 'loop' }))).toBe('Loop (ParallelFor)');
    expect(nodeKindLabel(node({ kind: 'group', groupKind: 'exit-handler' }))).toBe(
      'Exit handler scope',
    );
    expect(nodeKindLabel(node({ kind: 'recursive-call', targetId: 'root/r' }))).toBe(
      'Recursive call',
    );
    expect(nodeKindLabel(node({ details: { ...base, importer: { artifactUri: 'gs://x' } } }))).toBe(
      'Importer',
    );
  });

  it('lists GPU, CPU and memory', () => {
    const facts = resourceFacts({
      ...base,
      resources: {
        accelerator: { type: 'nvidia.com/gpu', count: '2' },
        cpuLimit: '4',
        memoryRequest: '8Gi',
      },
    });
    expect(facts).toEqual([
      { label: 'GPU / accelerator', value: '2 × nvidia.com/gpu' },
      { label: 'CPU limit', value: '4' },
      { label: 'Memory request', value: '8Gi' },
    ]);
    expect(resourceFacts(base)).toEqual([]);
  });

  it('describes condition, loop, exit handler, caching and retry', () => {
    const facts = controlFacts({
      ...base,
      condition: "inputs.parameter_values['x'] == 'heads'",
      loop: { source: 'items', items: '[1, 2, 3]', itemInput: 'item', parallelism: 2 },
      exitHandler: { role: 'exit-task', scopeIds: [] },
      caching: { enabled: false, maxStaleness: 'P0D' },
      retry: { maxRetries: '3', policy: 'OnFailure', backoffDuration: '10s' },
    });
    expect(facts).toEqual([
      { label: 'Condition', value: "inputs.parameter_values['x'] == 'heads'" },
      { label: 'Loop over items', value: '[1, 2, 3]' },
      { label: 'Loop item input', value: 'item' },
      { label: 'Parallelism', value: '2' },
      { label: 'Runs on exit of', value: 'the whole pipeline' },
      { label: 'Caching', value: 'disabled (max staleness P0D)' },
      { label: 'Retry', value: 'up to 3 retries, OnFailure, backoff 10s' },
    ]);
    expect(
      controlFacts({ ...base, loop: { source: 'parameter', items: 'pipelinechannel--xs' } }),
    ).toContainEqual({ label: 'Parallelism', value: 'unlimited' });
  });
});
