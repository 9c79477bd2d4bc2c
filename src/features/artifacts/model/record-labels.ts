import type { RunStateName } from '@/components/status-badge';
import type { MlmdExecution, MlmdExecutionState } from '@/lib/mlmd/types.ts';

/** What a person calls an execution: KFP's display name, its task name, else MLMD's name or id. */
export function executionLabel(execution: MlmdExecution): string {
  return (
    execution.displayName || execution.taskName || execution.name || `Execution ${execution.id}`
  );
}

/**
 * MLMD execution states drawn as run states. KFP's driver writes CANCELED for a task whose condition
 * was false ("not triggered", backend/src/v2/metadata/client.go), which the run page calls skipped.
 */
const STATES: Readonly<Record<MlmdExecutionState, RunStateName | undefined>> = {
  UNKNOWN: undefined,
  NEW: 'PENDING',
  RUNNING: 'RUNNING',
  COMPLETE: 'SUCCEEDED',
  FAILED: 'FAILED',
  CACHED: 'SUCCEEDED',
  CANCELED: 'SKIPPED',
};

export function executionRunState(state: MlmdExecutionState): RunStateName | undefined {
  return STATES[state];
}

/** `system.ContainerExecution` → `ContainerExecution`: the `system.` prefix says nothing. */
export function shortType(type: string): string {
  return type.startsWith('system.') ? type.slice('system.'.length) : type;
}
