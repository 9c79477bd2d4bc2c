import { Reader, type Parser } from '../../parse/reader.ts';
import { STORAGE_STATES, type StorageState } from './common.ts';

/** `v2beta1Experiment` */
export interface Experiment {
  readonly experiment_id: string;
  readonly display_name: string;
  readonly description: string;
  readonly created_at: string | undefined;
  readonly namespace: string;
  readonly storage_state: StorageState;
  readonly last_run_created_at: string | undefined;
}

export const parseExperiment: Parser<Experiment> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    experiment_id: r.requiredString('experiment_id'),
    display_name: r.string('display_name'),
    description: r.string('description'),
    created_at: r.timestamp('created_at'),
    namespace: r.string('namespace'),
    storage_state: r.enumOf('storage_state', STORAGE_STATES),
    last_run_created_at: r.timestamp('last_run_created_at'),
  };
};
