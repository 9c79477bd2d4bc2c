import { createContext } from 'react';
import type { CreateSearchWorker, Schedule } from '../model/regex-search-client.ts';
import { createSearchWorker } from '../model/search-worker-port.ts';

export interface SearchWorkerSetup {
  readonly createWorker: CreateSearchWorker;
  /** Timers for the search budget; the platform's by default. */
  readonly schedule?: Schedule;
  readonly budgetMs?: number;
}

/** Where the log viewer's regex search runs; tests provide a fake worker and clock. */
export const SearchWorkerContext = createContext<SearchWorkerSetup>({
  createWorker: createSearchWorker,
});
