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
 * and fdatasync'ed before the API answers. On open the journal is replayed onto the snapshot; when
 * writing starts it is compacted into a new snapshot. A torn last line (a crash mid-write) is ignored:
 * that change was never acknowledged; any other unreadable line stops the start (CorruptJournalError).
 */
export interface Journal {
  /** Everything persisted so far, as tables of raw records (last write wins). */
  readonly restored: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  /** Compacts the replayed state into a new snapshot and opens the journal for appends (once). */
  startWriting(): void;
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

/** A journal that cannot be replayed without losing acknowledged changes: the start stops with what to do. */
export class CorruptJournalError extends Error {
  constructor(path: string, line: number, problem: string) {
    super(
      `${path}, line ${line}: ${problem}. The lines after it hold acknowledged changes, so the emulator does not ` +
        `start rather than drop them. Repair or delete that line (a copy of the data directory first), or move ` +
        `the data directory away to start empty.`,
    );
    this.name = 'CorruptJournalError';
  }
}

/** The changes of one journal line, or why it is not one. */
function parseLine(line: string): readonly Change[] | string {
  let changes: unknown;
  try {
    changes = JSON.parse(line);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!Array.isArray(changes)) return 'not a list of changes';
  const valid = changes.filter(isChange);
  return valid.length === changes.length ? valid : 'holds something that is not a change';
}

/**
 * Replays the journal. Only its last line may be unreadable: a crash mid-write tears the line being written,
 * a change that was never acknowledged. An unreadable line before others is corruption: it throws.
 */
function replayJournal(path: string, tables: Map<string, Map<string, unknown>>): void {
  if (!existsSync(path)) return;
  const lines = readFileSync(path, 'utf8').split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.trim() === '') last--;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const changes = parseLine(line);
    if (typeof changes !== 'string') {
      for (const change of changes) apply(tables, change);
      return;
    }
    if (index !== last) throw new CorruptJournalError(path, index + 1, changes);
    process.stderr.write(
      `${path}, line ${index + 1}: ignoring a torn last write (never acknowledged)\n`,
    );
  });
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

/**
 * Reads `dataDir` (snapshot + journal); writes nothing until `startWriting`, so a start that fails (a corrupt
 * journal, a port in use) leaves the directory as it was.
 */
export function openJournal(dataDir: string): Journal {
  const tables = new Map<string, Map<string, unknown>>();
  readSnapshot(join(dataDir, snapshotFile), tables);
  replayJournal(join(dataDir, journalFile), tables);

  let fd: number | undefined;
  let open = true;
  let syncEach = true;
  return {
    restored: tables,
    startWriting() {
      if (!open) throw new Error('the store is closed');
      if (fd !== undefined) return;
      mkdirSync(dataDir, { recursive: true });
      // Compact: the replayed state becomes the snapshot, the journal starts empty.
      const snapshot: Snapshot = {
        tables: Object.fromEntries([...tables].map(([name, t]) => [name, [...t.values()]])),
      };
      writeFileDurably(join(dataDir, snapshotFile), JSON.stringify(snapshot));
      fd = openSync(join(dataDir, journalFile), 'w');
      fsyncSync(fd);
    },
    append(changes) {
      if (!open) throw new Error('the store is closed');
      if (fd === undefined) throw new Error('the store is not writable yet (startWriting)');
      if (changes.length === 0) return;
      writeSync(fd, `${JSON.stringify(changes)}\n`);
      if (syncEach) fdatasyncSync(fd);
    },
    setSyncEach(on) {
      if (on && !syncEach && open && fd !== undefined) fdatasyncSync(fd);
      syncEach = on;
    },
    close() {
      if (!open) return;
      open = false;
      if (fd !== undefined) closeSync(fd);
    },
  };
}
