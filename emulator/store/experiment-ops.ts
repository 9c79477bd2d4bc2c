import { randomUUID } from 'node:crypto';
import { aborted, alreadyExists, badRequest, notFound } from '../lib/errors.ts';
import type { ExperimentRecord } from './records.ts';
import type { Store } from './store.ts';

/** Name of the experiment a run lands in when none is given (single-user mode). */
export const defaultExperimentName = 'Default';

export function getExperiment(store: Store, id: string): ExperimentRecord {
  const experiment = store.experiments.get(id);
  if (!experiment)
    throw notFound(`Failed to get experiment: experiment ${JSON.stringify(id)} not found`);
  return experiment;
}

export interface NewExperiment {
  readonly displayName: string;
  readonly description: string;
  readonly namespace: string;
}

export function createExperiment(store: Store, input: NewExperiment, now: Date): ExperimentRecord {
  if (input.displayName.trim() === '') {
    throw badRequest(
      'Failed to create an experiment: experiment name is empty. Please specify a valid experiment name',
    );
  }
  for (const e of store.experiments.values()) {
    if (e.namespace === input.namespace && e.displayName === input.displayName) {
      throw alreadyExists(
        `Failed to create an experiment: an experiment named ${JSON.stringify(input.displayName)} already exists in namespace ${JSON.stringify(input.namespace)}`,
      );
    }
  }
  const record: ExperimentRecord = {
    id: randomUUID(),
    ...input,
    createdAtMs: now.getTime(),
    storageState: 'AVAILABLE',
  };
  store.experiments.put(record);
  return record;
}

/**
 * The namespace's "Default" experiment, created when missing, or an existing experiment of that
 * name adopted, and marked as the default (resource/resource_manager.go CreateDefaultExperiment).
 */
export function ensureDefaultExperiment(
  store: Store,
  namespace: string,
  now: Date,
): ExperimentRecord {
  for (const e of store.experiments.values()) {
    if (e.namespace !== namespace || e.displayName !== defaultExperimentName) continue;
    if (e.isDefault === true) return e;
    const adopted = { ...e, isDefault: true };
    store.experiments.put(adopted);
    return adopted;
  }
  const created = createExperiment(
    store,
    {
      displayName: defaultExperimentName,
      description: 'All runs created without specifying an experiment will be grouped here.',
      namespace,
    },
    now,
  );
  const marked = { ...created, isDefault: true };
  store.experiments.put(marked);
  return marked;
}

/**
 * Deletes the experiment only: its runs and recurring runs stay (storage/experiment_store.go
 * DeleteExperiment removes the row and its resource references). The default experiment cannot be
 * deleted: Aborted, from resource/resource_manager.go DeleteExperiment.
 */
export function deleteExperiment(store: Store, id: string): void {
  const experiment = getExperiment(store, id);
  if (experiment.isDefault === true) {
    throw aborted(
      `Failed to delete experiment ${id}. The default experiment cannot be deleted: Invalid input error: Experiment id cannot be equal to the default id ${id}`,
    );
  }
  store.experiments.delete(id);
}

/** Archives the experiment, archives its runs and disables its recurring runs. */
export function archiveExperiment(store: Store, id: string, now: Date): void {
  const experiment = getExperiment(store, id);
  store.batch(() => {
    store.experiments.put({ ...experiment, storageState: 'ARCHIVED' });
    for (const run of [...store.runs.values()]) {
      if (run.experimentId === id && run.storageState !== 'ARCHIVED')
        store.runs.put({ ...run, storageState: 'ARCHIVED' });
    }
    for (const job of [...store.recurringRuns.values()]) {
      if (job.experimentId === id && job.enabled)
        store.recurringRuns.put({ ...job, enabled: false, updatedAtMs: now.getTime() });
    }
  });
}

/** Only the experiment comes back; its runs stay archived until unarchived one by one. */
export function unarchiveExperiment(store: Store, id: string): void {
  const experiment = getExperiment(store, id);
  store.experiments.put({ ...experiment, storageState: 'AVAILABLE' });
}
