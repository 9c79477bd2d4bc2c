import type { SearchField } from '@/lib/mlmd/filter.ts';

export type RecordKind = 'artifact' | 'execution';

/** A page of artifacts or executions: the query key, so plain data. */
export interface RecordListRequest {
  readonly text: string;
  readonly field: SearchField;
  readonly pageSize: number;
  readonly pageToken: string;
  /** Oldest first; newest first by default. */
  readonly ascending: boolean;
}

/** Query keys of the artifacts feature, under the KFP API base (one ML Metadata per server). */
export const recordKeys = {
  all: (base: string) => ['mlmd-records', base] as const,
  list: (base: string, kind: RecordKind, request: RecordListRequest) =>
    [...recordKeys.all(base), kind, 'list', request] as const,
  detail: (base: string, kind: RecordKind, id: string) =>
    [...recordKeys.all(base), kind, 'detail', id] as const,
  contexts: (base: string, kind: RecordKind, ids: readonly string[]) =>
    [...recordKeys.all(base), kind, 'contexts', ids] as const,
  origins: (
    base: string,
    kind: RecordKind,
    ids: readonly string[],
    contextIds: readonly string[] | undefined,
  ) => [...recordKeys.all(base), kind, 'origins', ids, contextIds ?? 'per-record'] as const,
  runNames: (base: string, namespace: string | undefined, ids: readonly string[]) =>
    [...recordKeys.all(base), 'run-names', namespace ?? '', ids] as const,
};
