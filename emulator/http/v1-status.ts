/**
 * A v2 run state → the v1beta1 `Run.status` string (the `Conditions` column), after
 * RuntimeState.ToV1 in backend/src/apiserver/model/run.go: PAUSED reads as Pending, CANCELED as
 * Failed, CANCELING as Terminating, anything unknown as Unknown.
 */
const v1Status: Readonly<Record<string, string>> = {
  PENDING: 'Pending',
  PAUSED: 'Pending',
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  SKIPPED: 'Skipped',
  FAILED: 'Failed',
  CANCELED: 'Failed',
  CANCELING: 'Terminating',
};

export function v1StatusOf(state: string): string {
  return v1Status[state] ?? 'Unknown';
}
