import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useListParams, type ListParams, type TableContent } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { RecordPage } from '@/lib/mlmd/records.ts';
import type { RecordOrigin } from '@/lib/mlmd/record-origins.ts';
import {
  parseSearchField,
  RECORD_DEFAULT_SORT,
  RECORD_LIST_PARAMS,
  RECORD_SORT_FIELDS,
} from '../model/record-list-state.ts';
import { describeMetadataError } from '../model/metadata-failure.ts';
import type { OriginNames } from '../components/record-origin.tsx';
import type { RecordKind, RecordListRequest } from './record-keys.ts';
import { recordQueries } from './record-queries.ts';

/** A records list's URL state (`q`, `by`, `pt`, `size`, `order`) and the MLMD request it makes. */
export function useRecordList(kind: RecordKind): {
  readonly list: ListParams;
  readonly request: RecordListRequest;
} {
  const list = useListParams({
    listId: kind === 'artifact' ? 'artifacts' : 'executions',
    sortFields: RECORD_SORT_FIELDS,
    defaultSort: RECORD_DEFAULT_SORT,
  });
  return {
    list,
    request: {
      text: list.get(RECORD_LIST_PARAMS.search) ?? '',
      field: parseSearchField(list.get(RECORD_LIST_PARAMS.field)),
      pageSize: list.pageSize,
      pageToken: list.pageToken ?? '',
      ascending: !list.sort.desc,
    },
  };
}

/** A page query as table content: MLMD's '' token on the last page is "no next page". */
export function recordTableContent<T>(query: UseQueryResult<RecordPage<T>>): TableContent<T> {
  const retry = () => void query.refetch();
  if (query.data !== undefined) {
    return {
      status: 'ready',
      rows: query.data.items,
      nextPageToken: query.data.nextPageToken === '' ? undefined : query.data.nextPageToken,
      refreshError: query.isError
        ? { ...describeMetadataError(query.error), onRetry: retry, retrying: query.isFetching }
        : undefined,
    };
  }
  if (query.isError)
    return {
      status: 'error',
      ...describeMetadataError(query.error),
      onRetry: retry,
      retrying: query.isFetching,
    };
  return { status: 'loading' };
}

/**
 * The pipelines and runs of the rows shown and the runs' names: one MLMD call finds the contexts
 * holding any row, then one call per context (in parallel) says which rows each holds while one
 * KFP list call names the runs. They fill in after the rows, which never wait for them.
 */
export function usePageOrigins(
  kind: RecordKind,
  rows: readonly { readonly id: string }[] | undefined,
  namespace: string | undefined,
): {
  readonly origins: Readonly<Record<string, RecordOrigin>> | undefined;
  readonly names: OriginNames;
} {
  const queries = recordQueries(useKfpClient());
  const ids = useMemo(() => rows?.map((r) => r.id) ?? [], [rows]);
  const contexts = useQuery(queries.contexts(kind, ids));
  const known = contexts.data?.contexts;
  const origins = useQuery(
    queries.origins(kind, ids, known, contexts.isSuccess || contexts.isError),
  );
  // The runs are known from the contexts already, so their names load beside the mapping.
  const runIds = useMemo(() => {
    const runs =
      known === undefined
        ? Object.values(origins.data ?? {}).flatMap((o) => o.runIds)
        : known.filter((c) => c.type === RUN_CONTEXT_TYPE).map((c) => c.name);
    return [...new Set(runs)].sort();
  }, [known, origins.data]);
  const runNames = useQuery(queries.runNames(namespace, runIds));
  return {
    // A failed lookup shows dashes and ids rather than a placeholder forever.
    origins: origins.isError ? Object.fromEntries(ids.map((id) => [id, NONE])) : origins.data,
    names: {
      runNames: runNames.isError || runIds.length === 0 ? {} : runNames.data,
      namespace,
    },
  };
}

/** KFP's run context type (kept here: the MLMD modules load lazily, never with a list page). */
const RUN_CONTEXT_TYPE = 'system.PipelineRun';

const NONE: RecordOrigin = { pipelines: [], runIds: [], namespaces: [] };
