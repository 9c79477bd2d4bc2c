/**
 * Which API a KFP server gives v2 run state through, told from its answers (never a setting):
 * `tasks` — `GET runs/{id}?view=FULL` answers `tasks[]` (KFP master, kfp-api/v2beta1-tasks);
 * `mlmd` — it answers `run_details.task_details[]` and no `tasks` (released KFP 2.0 … 2.18): the
 * inputs, outputs and artifacts are in ML Metadata. `unknown` — the answer shows neither yet (a run
 * that has not started on a server that omits empty lists): ask again with the next run.
 */
export type RunApi = 'tasks' | 'mlmd' | 'unknown';

export interface RunApiEvidence {
  readonly tasks: readonly unknown[] | undefined;
  readonly run_details: { readonly task_details: readonly unknown[] } | undefined;
}

export function runApiOf(run: RunApiEvidence): RunApi {
  if (run.tasks !== undefined) return 'tasks';
  if ((run.run_details?.task_details.length ?? 0) > 0) return 'mlmd';
  return 'unknown';
}
