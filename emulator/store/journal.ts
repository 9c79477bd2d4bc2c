import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** One accepted change: a whole record written, or a record removed. */
export type Change =
  | { readonly table: string; readonly put: unknown }
  | { readonly table: string; readonly del: string };

export interface Snapshot {
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * `--data-dir` persistence: a snapshot (`snapshot.json`, replaced by writing a temp file, fsync,
 * rename) plus an append-only journal (`journal.jsonl`), one line per accepted change set, written
 * and fdatasync'ed before the API answers. On open the journal is replayed onto the snapshot and
 * compacted into a new snapshot. A torn last line (a crash mid-write) is ignored: that change was
 * never acknowledged.
 */
export interface Journal {
  /** Everything persisted so far, as tables of raw records (last write wins). */
  readonly restored: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  append(changes: readonly Change[]): void;
  /** Bulk loading: while off, appends are not synced one by one; turning it back on syncs once. */
  setSyncEach(on: boolean): void;
  close(): void;
}

const snapshotFile = 'snapshot.json';
const journalFile = 'journal.jsonl';

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || !('id' in record)) return undefined;
  return typeof record.id === 'string' ? record.id : undefined;
}

function isChange(value: unknown): value is Change {
  if (
    typeof value !== 'object' ||
    value === null ||
    !('table' in value) ||
    typeof value.table !== 'string'
  )
    return false;
  return 'put' in value || ('del' in value && typeof value.del === 'string');
}

function apply(tables: Map<string, Map<string, unknown>>, change: Change): void {
  let table = tables.get(change.table);
  if (!table) tables.set(change.table, (table = new Map<string, unknown>()));
  if ('del' in change) {
    table.delete(change.del);
    return;
  }
  const id = idOf(change.put);
  if (id !== undefined) table.set(id, change.put);
}

function readSnapshot(path: string, tables: Map<string, Map<string, unknown>>): void {
  if (!existsSync(path)) return;
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('tables' in parsed))
    throw new Error(`${path} is not a snapshot`);
  const saved = parsed.tables;
  if (typeof saved !== 'object' || saved === null) throw new Error(`${path} is not a snapshot`);
  for (const [name, records] of Object.entries(saved)) {
    if (!Array.isArray(records)) continue;
    for (const record of records) apply(tables, { table: name, put: record });
  }
}

function replayJournal(path: string, tables: Map<string, Map<string, unknown>>): void {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let changes: unknown;
    try {
      changes = JSON.parse(line);
    } catch {
      break; // a torn final write: never acknowledged
    }
    if (!Array.isArray(changes)) continue;
    for (const change of changes) if (isChange(change)) apply(tables, change);
  }
}

function writeFileDurably(path: string, text: string): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  const dir = openSync(join(path, '..'), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

export function openJournal(dataDir: string): Journal {
  mkdirSync(dataDir, { recursive: true });
  const tables = new Map<string, Map<string, unknown>>();
  readSnapshot(join(dataDir, snapshotFile), tables);
  replayJournal(join(dataDir, journalFile), tables);

  // Compact: the replayed state becomes the snapshot, the journal starts empty.
  const snapshot: Snapshot = {
    tables: Object.fromEntries([...tables].map(([name, t]) => [name, [...t.values()]])),
  };
  writeFileDurably(join(dataDir, snapshotFile), JSON.stringify(snapshot));
  const fd = openSync(join(dataDir, journalFile), 'w');
  fsyncSync(fd);

  let open = true;
  let syncEach = true;
  return {
    restored: tables,
    append(changes) {
      if (!open) throw new Error('the store is closed');
      if (changes.length === 0) return;
      writeSync(fd, `${JSON.stringify(changes)}\n`);
      if (syncEach) fdatasyncSync(fd);
    },
    setSyncEach(on) {
      if (on && !syncEach && open) fdatasyncSync(fd);
      syncEach = on;
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
