import type { LookupKind } from './lookup-plan.ts';

/**
 * The names pages of runs looked up, as kept in browser storage across reloads and tabs.
 *
 * KFP v2beta1 has no rename for experiments, pipeline versions or recurring runs, so a found
 * id → name pair stays true; only found names are kept ("not found" answers live in memory only).
 * Nothing but kind, id and display name is stored. The list is ordered least → most recently used
 * and capped: the least recently used names go first.
 */
export type StoredName = readonly [kind: LookupKind, id: string, name: string];

/** Bump when the stored shape changes: older data is then ignored, never misread. */
export const NAME_STORE_VERSION = 1;
/** Names kept per namespace (and server and user). */
export const NAME_STORE_CAP = 5_000;

export const KEY_PREFIX = `kfp-dashboard:run-names:v${String(NAME_STORE_VERSION)}:`;
const KINDS: readonly LookupKind[] = ['experiments', 'versions', 'recurring-runs'];
/** KFP ids are UUIDs and names are short; anything longer is not ours. */
const MAX_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 1_024;

/** Who and where the names belong to: names are never shared across servers, users or namespaces. */
export interface NameScope {
  /** The KFP API the names came from (origin + base path). */
  readonly server: string;
  /** A stable identity of the signed-in user ('' when the app does not know the user). */
  readonly user: string;
  readonly namespace: string | undefined;
}

export function nameStoreKey(scope: NameScope): string {
  return KEY_PREFIX + JSON.stringify([scope.server, scope.user, scope.namespace ?? '']);
}

const isKind = (value: unknown): value is LookupKind => KINDS.some((kind) => kind === value);

function isStoredName(value: unknown): value is StoredName {
  if (!Array.isArray(value)) return false;
  const items: readonly unknown[] = value;
  const [kind, id, name] = items;
  return (
    items.length === 3 &&
    isKind(kind) &&
    typeof id === 'string' &&
    id !== '' &&
    id.length <= MAX_ID_LENGTH &&
    typeof name === 'string' &&
    name !== '' &&
    name.length <= MAX_NAME_LENGTH
  );
}

/** Reads stored text: a wrong version, broken JSON or foreign data give nothing; bad entries are dropped one by one. */
export function parseStoredNames(text: string | null): StoredName[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const version: unknown = Reflect.get(data, 'v');
  const names: unknown = Reflect.get(data, 'names');
  if (version !== NAME_STORE_VERSION || !Array.isArray(names)) return [];
  const entries: readonly unknown[] = names;
  return mergeNames([], entries.filter(isStoredName));
}

export function serializeNames(names: readonly StoredName[]): string {
  return JSON.stringify({ v: NAME_STORE_VERSION, names });
}

const entryKey = (kind: LookupKind, id: string) => `${kind}:${id}`;

/**
 * `added` after `stored`, as the most recently used; an id present in both keeps its place from
 * `added` (and its name). At most `cap` names: the least recently used are dropped.
 */
export function mergeNames(
  stored: readonly StoredName[],
  added: readonly StoredName[],
  cap = NAME_STORE_CAP,
): StoredName[] {
  const byKey = new Map<string, StoredName>();
  for (const entry of [...stored, ...added]) {
    const key = entryKey(entry[0], entry[1]);
    byKey.delete(key);
    byKey.set(key, entry);
  }
  const merged = [...byKey.values()];
  return merged.slice(Math.max(0, merged.length - cap));
}
