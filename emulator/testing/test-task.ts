import type { TaskExecution } from '../sim/types.ts';

/** A task execution for tests: a v1 task with no inputs or outputs unless given. */
export function testTask(
  overrides: Partial<TaskExecution> & Pick<TaskExecution, 'component'>,
): TaskExecution {
  return {
    displayName: overrides.component,
    pipelineKind: 'v1',
    inputs: {},
    outputParameters: [],
    outputArtifacts: [],
    seed: 42,
    attempt: 0,
    injectFailure: false,
    ...overrides,
  };
}

export const decode = (bytes: Uint8Array | undefined): string =>
  bytes ? new TextDecoder().decode(bytes) : '';
