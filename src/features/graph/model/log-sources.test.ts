import { describe, expect, it } from 'vitest';
import { logSources } from './log-sources.ts';
import type { NodeExecution } from './run-state.ts';

function execution(outputArtifacts: NodeExecution['outputArtifacts']): NodeExecution {
  return {
    runtimeId: 'node-1',
    state: 'FAILED',
    cached: false,
    depth: 0,
    history: [],
    inputs: [],
    outputs: [],
    inputArtifacts: [],
    outputArtifacts,
  };
}

describe('logSources', () => {
  it("names a v1 step's main-logs node only when Argo archived it", () => {
    expect(logSources(execution([{ name: 'main-logs' }]), true)).toEqual({
      archiveNodeId: 'node-1',
    });
    expect(logSources(execution([]), true)).toEqual({});
  });

  it("takes a v2 step's last attempt's executor-logs file (KFP 2.17 numbers them; older ones don't)", () => {
    const root = 'minio://mlpipeline/v2/artifacts/p/r/train/abc';
    expect(
      logSources(
        execution([
          { name: 'model', uri: `${root}/model` },
          { name: 'executor-logs', uri: `${root}/executor-logs-10` },
          { name: 'executor-logs', uri: `${root}/executor-logs-2` },
        ]),
        false,
      ),
    ).toEqual({ logFileUri: `${root}/executor-logs-10` });
    expect(
      logSources(execution([{ name: 'executor-logs', uri: `${root}/executor-logs` }]), false),
    ).toEqual({ logFileUri: `${root}/executor-logs` });
    expect(logSources(execution([{ name: 'executor-logs' }]), false)).toEqual({});
  });
});
