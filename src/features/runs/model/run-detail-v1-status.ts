import type { RuntimeState } from '@/lib/kfp/wire/common.ts';

/**
 * The v2 run state a v1beta1 `run.status` (an Argo phase as KFP reports it) stands for, or undefined
 * when the string says nothing sure (`Unknown`, empty before the workflow reports, anything new).
 * `Error` is a failure; `Terminating` is KFP's word for a cancel in progress. A v1 status is coarser
 * than the v2 state (KFP reports a canceled run as `Failed` on older installs), so it tells whether the
 * run is still active and when it changed, not the exact state the header shows.
 */
export function stateOfV1Status(status: string): RuntimeState | undefined {
  switch (status) {
    case 'Pending':
      return 'PENDING';
    case 'Running':
      return 'RUNNING';
    case 'Succeeded':
      return 'SUCCEEDED';
    case 'Skipped':
      return 'SKIPPED';
    case 'Failed':
    case 'Error':
      return 'FAILED';
    case 'Terminating':
      return 'CANCELING';
    case 'Canceled':
    case 'Cancelled':
    case 'Terminated':
      return 'CANCELED';
    case 'Paused':
      return 'PAUSED';
    default:
      return undefined;
  }
}
