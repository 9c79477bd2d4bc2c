import { describe, expect, it } from 'vitest';
import type { NodeExecution, NodeRun, NodeRunState } from '../model/run-state.ts';
import { nodeCountsOf } from './node-counts.ts';

const execution = (state: NodeRunState, i: number): NodeExecution => ({
  runtimeId: `t${i}`,
  state,
  cached: false,
  depth: 0,
  history: [],
  inputs: [],
  outputs: [],
  inputArtifacts: [],
  outputArtifacts: [],
});

function run(nodeId: string, states: readonly NodeRunState[], iterationCount?: number): NodeRun {
  const histogram: Partial<Record<NodeRunState, number>> = {};
  for (const state of states) histogram[state] = (histogram[state] ?? 0) + 1;
  return {
    nodeId,
    state: states[0] ?? 'PENDING',
    executions: states.map(execution),
    histogram,
    maxDepth: 0,
    ...(iterationCount === undefined ? {} : { iterationCount }),
  };
}

describe('nodeCountsOf', () => {
  it('counts states of loops and of nodes that ran several times, not of single runs', () => {
    const runs = new Map([
      [
        'loop',
        run(
          'loop',
          [...Array<NodeRunState>(87).fill('SUCCEEDED'), ...Array<NodeRunState>(13).fill('FAILED')],
          100,
        ),
      ],
      ['inside', run('inside', ['SUCCEEDED', 'RUNNING'])],
      ['once', run('once', ['SUCCEEDED'])],
      ['announced', run('announced', [], 5)],
    ]);
    const counts = nodeCountsOf(runs);
    expect([...counts.keys()]).toEqual(['loop', 'inside']);
    expect(counts.get('loop')).toEqual({
      text: '87/100 succeeded, 13 failed',
      histogram: { SUCCEEDED: 87, FAILED: 13 },
      total: 100,
    });
    expect(counts.get('inside')?.text).toBe('1/2 succeeded, 1 running');
    expect(nodeCountsOf(undefined).size).toBe(0);
  });
});
