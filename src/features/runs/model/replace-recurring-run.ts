import type { CreateRecurringRunBody } from '@/lib/kfp/recurring-runs.ts';

/**
 * "Edit a recurring run". KFP has no update call for recurring runs (v2beta1 `RecurringRunService` has
 * create, get, list, enable, disable, delete), so an edit creates a new one and then retires the old one.
 * The order keeps at most one copy enabled at any moment: the old one is disabled first, the new one is
 * created, and if that fails the old one is enabled again. Only then is the old one deleted, if asked.
 */
export interface ReplaceOps {
  readonly isEnabled: (id: string) => Promise<boolean>;
  readonly setEnabled: (id: string, enabled: boolean) => Promise<unknown>;
  readonly create: (body: CreateRecurringRunBody) => Promise<string>;
  readonly remove: (id: string) => Promise<unknown>;
}

export interface ReplaceRequest {
  readonly oldId: string;
  readonly body: CreateRecurringRunBody;
  /** What becomes of the old recurring run once the new one exists. */
  readonly old: 'disable' | 'delete';
}

export type ReplaceOutcome =
  /** The new one exists; the old one is disabled or deleted as asked. */
  | { readonly ok: true; readonly newId: string }
  /** The new one exists and the old one is disabled, but deleting it failed. */
  | { readonly ok: true; readonly newId: string; readonly deleteError: unknown }
  /** Nothing new exists; `oldState` says how the old one was left. */
  | {
      readonly ok: false;
      readonly error: unknown;
      readonly oldState: 'unchanged' | 'enabled-again' | 'left-disabled';
      /** Set when enabling the old one again failed too. */
      readonly restoreError?: unknown;
    };

export async function replaceRecurringRun(
  ops: ReplaceOps,
  request: ReplaceRequest,
): Promise<ReplaceOutcome> {
  let wasEnabled: boolean;
  try {
    wasEnabled = await ops.isEnabled(request.oldId);
    if (wasEnabled) await ops.setEnabled(request.oldId, false);
  } catch (error) {
    return { ok: false, error, oldState: 'unchanged' };
  }
  let newId: string;
  try {
    // The new one takes the old one's state: editing a paused schedule does not start it.
    newId = await ops.create({ ...request.body, mode: wasEnabled ? 'ENABLE' : 'DISABLE' });
  } catch (error) {
    if (!wasEnabled) return { ok: false, error, oldState: 'unchanged' };
    try {
      await ops.setEnabled(request.oldId, true);
      return { ok: false, error, oldState: 'enabled-again' };
    } catch (restoreError) {
      return { ok: false, error, oldState: 'left-disabled', restoreError };
    }
  }
  if (request.old === 'delete') {
    try {
      await ops.remove(request.oldId);
    } catch (deleteError) {
      return { ok: true, newId, deleteError };
    }
  }
  return { ok: true, newId };
}
