import { createHash } from 'node:crypto';
import { openJournal, type Change, type Journal } from './journal.ts';
import {
  isExperimentRecord,
  isPipelineRecord,
  isRecurringRunRecord,
  isRunRecord,
  isSpecRecord,
  isVersionRecord,
} from './guards.ts';
import type {
  ExperimentRecord,
  PipelineRecord,
  RecurringRunRecord,
  RunRecord,
  SpecRecord,
  VersionRecord,
} from './records.ts';
import type { JsonObject } from '../lib/json.ts';

export interface Table<T extends { readonly id: string }> {
  get(id: string): T | undefined;
  values(): IterableIterator<T>;
  readonly size: number;
  /** Inserts or replaces the record (and persists the change). */
  put(record: T): void;
  delete(id: string): boolean;
}

export interface Store {
  readonly pipelines: Table<PipelineRecord>;
  readonly versions: Table<VersionRecord>;
  readonly experiments: Table<ExperimentRecord>;
  readonly runs: Table<RunRecord>;
  readonly recurringRuns: Table<RecurringRunRecord>;
  /** Keeps a pipeline spec once (by content hash) and returns the hash. */
  putSpec(spec: JsonObject): string;
  getSpec(hash: string): JsonObject | undefined;
  /** Runs `fn`; the changes it makes reach the disk together, in one journal line. */
  batch<R>(fn: () => R): R;
  /**
   * For bulk loads (the seed): changes made while `fn` runs are written as they come but synced to
   * disk once at the end, instead of once each.
   */
  bulk<R>(fn: () => Promise<R>): Promise<R>;
  /**
   * Starts persisting (compacts the data dir, opens the journal). Changes before it are refused with a data dir:
   * a server writes only once it is listening. Nothing to do in memory.
   */
  startWriting(): void;
  /** Closes the data files; the store refuses changes afterwards. */
  close(): void;
}

export interface StoreOptions {
  /** Persist every change under this directory and restore from it; in memory only without it. */
  readonly dataDir?: string | undefined;
  /** Leave the data dir untouched until `startWriting` (the server's start); by default writing starts at once. */
  readonly deferWrites?: boolean;
}

type Guard<T> = (value: unknown) => value is T;

function createTable<T extends { readonly id: string }>(
  name: string,
  guard: Guard<T>,
  restored: ReadonlyMap<string, unknown> | undefined,
  record: (change: Change) => void,
): Table<T> {
  const rows = new Map<string, T>();
  for (const [id, value] of restored ?? []) {
    if (!guard(value))
      throw new Error(`data dir: a ${name} record (${id}) does not have the expected shape`);
    rows.set(id, value);
  }
  return {
    get: (id) => rows.get(id),
    values: () => rows.values(),
    get size() {
      return rows.size;
    },
    put(row) {
      rows.set(row.id, row);
      record({ table: name, put: row });
    },
    delete(id) {
      const existed = rows.delete(id);
      if (existed) record({ table: name, del: id });
      return existed;
    },
  };
}

/** Canonical JSON (sorted keys) so equal specs hash equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The key a spec is kept under (sha256 of its canonical JSON). */
export function specHashOf(spec: JsonObject): string {
  return createHash('sha256').update(canonical(spec)).digest('hex');
}

/** Opens the store (restoring `dataDir` when given); a data dir that cannot be read rejects. */
export function createStore(options: StoreOptions = {}): Promise<Store> {
  return new Promise((resolve) => resolve(openStore(options)));
}

function openStore(options: StoreOptions): Store {
  const journal: Journal | undefined = options.dataDir ? openJournal(options.dataDir) : undefined;
  const restored = journal?.restored;
  if (!options.deferWrites) journal?.startWriting();
  let pending: Change[] | undefined;
  let closed = false;
  const record = (change: Change) => {
    if (closed) throw new Error('the store is closed');
    if (pending) pending.push(change);
    else journal?.append([change]);
  };
  const table = <T extends { readonly id: string }>(name: string, guard: Guard<T>) =>
    createTable(name, guard, restored?.get(name), record);

  let tables;
  try {
    tables = {
      specs: table<SpecRecord>('specs', isSpecRecord),
      pipelines: table('pipelines', isPipelineRecord),
      versions: table('versions', isVersionRecord),
      experiments: table('experiments', isExperimentRecord),
      runs: table('runs', isRunRecord),
      recurringRuns: table('recurringRuns', isRecurringRunRecord),
    };
  } catch (error) {
    journal?.close();
    throw error;
  }
  const { specs, ...resources } = tables;
  const store: Store = {
    ...resources,
    putSpec(spec) {
      const id = specHashOf(spec);
      if (!specs.get(id)) specs.put({ id, spec });
      return id;
    },
    getSpec: (hash) => specs.get(hash)?.spec,
    batch(fn) {
      if (pending) return fn();
      pending = [];
      try {
        return fn();
      } finally {
        const changes = pending;
        pending = undefined;
        journal?.append(changes);
      }
    },
    async bulk(fn) {
      journal?.setSyncEach(false);
      try {
        return await fn();
      } finally {
        if (!closed) journal?.setSyncEach(true);
      }
    },
    startWriting() {
      journal?.startWriting();
    },
    close() {
      closed = true;
      journal?.close();
    },
  };
  return store;
}
