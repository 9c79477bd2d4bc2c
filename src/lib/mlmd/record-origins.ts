import { ApiError } from '../kfp/errors.ts';
import type { MlmdClient, MlmdService } from './client.ts';
import type { Context } from './gen/ml_metadata/proto/metadata_store_pb.ts';
import { PIPELINE_RUN_CONTEXT_TYPE } from './run-metadata.ts';

/** The pipelines and runs a record belongs to (its `system.Pipeline` and `system.PipelineRun` contexts). */
export interface RecordOrigin {
  readonly pipelines: readonly string[];
  readonly runIds: readonly string[];
  /** The namespaces of those runs (the run context's `namespace`, written by KFP's driver). */
  readonly namespaces: readonly string[];
}

/** A context as the origins need it: plain data (query keys and caches hold it). */
export interface RecordContext {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  /** A run context's `namespace` ('' when none). */
  readonly namespace: string;
}

export const PIPELINE_CONTEXT_TYPE = 'system.Pipeline';

export function readContext(c: Context): RecordContext {
  const value = c.customProperties.namespace?.value;
  return {
    id: c.id.toString(),
    type: c.type,
    name: c.name,
    namespace: value?.case === 'stringValue' ? value.value : '',
  };
}

export function originOf(contexts: readonly RecordContext[]): RecordOrigin {
  const runs = contexts.filter((c) => c.type === PIPELINE_RUN_CONTEXT_TYPE);
  const namespaces = runs.flatMap((c) => (c.namespace !== '' ? [c.namespace] : []));
  return {
    pipelines: contexts.filter((c) => c.type === PIPELINE_CONTEXT_TYPE).map((c) => c.name),
    runIds: runs.map((c) => c.name),
    namespaces: [...new Set(namespaces)],
  };
}

const NONE: RecordOrigin = { pipelines: [], runIds: [], namespaces: [] };

export type RecordKind = 'artifact' | 'execution';

/** MLMD's largest page (ListOperationOptions.max_result_size is capped at 100). */
const PAGE = 100;

/** Every page of a list call. */
async function allPages<T>(
  list: (pageToken: string) => Promise<{ items: T[]; nextPageToken: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let token = '';
  do {
    const page = await list(token);
    items.push(...page.items);
    token = page.nextPageToken;
  } while (token !== '');
  return items;
}

const idList = (ids: readonly string[]) => ids.map((id) => String(BigInt(id))).join(', ');

/**
 * The contexts holding any of these records, in one call (`GetContexts` filtered on
 * `artifacts_a.id IN (…)` / `executions_a.id IN (…)`, which MLMD 1.14 — every KFP 2.1 … 2.18 —
 * answers; paged by 100). Undefined when the server refuses that filter (KFP 2.0 ships MLMD 1.5,
 * whose filter_query cannot join a context's artifacts): the origins then cost one call per record.
 */
export async function contextsOfRecords(
  client: MlmdClient,
  kind: RecordKind,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<readonly RecordContext[] | undefined> {
  const filterQuery = `${kind}s_r.id IN (${idList(ids)})`;
  try {
    const contexts = await allPages((nextPageToken) =>
      client.call(async (s) => {
        const r = await s.getContexts(
          { options: { maxResultSize: PAGE, nextPageToken, filterQuery } },
          { signal },
        );
        return { items: r.contexts, nextPageToken: r.nextPageToken };
      }),
    );
    return contexts.map(readContext).sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return undefined;
    throw error;
  }
}

/** The ids among `ids` that a context holds (its records filtered by id, paged by 100). */
async function idsInContext(
  s: MlmdService,
  kind: RecordKind,
  contextId: string,
  ids: readonly string[],
  signal: AbortSignal | undefined,
): Promise<Set<string>> {
  const filterQuery = `id IN (${idList(ids)})`;
  const found = await allPages(async (nextPageToken) => {
    const request = {
      contextId: BigInt(contextId),
      options: { maxResultSize: PAGE, nextPageToken, filterQuery },
    };
    if (kind === 'artifact') {
      const r = await s.getArtifactsByContext(request, { signal });
      return { items: r.artifacts.map((a) => a.id.toString()), nextPageToken: r.nextPageToken };
    }
    const r = await s.getExecutionsByContext(request, { signal });
    return { items: r.executions.map((e) => e.id.toString()), nextPageToken: r.nextPageToken };
  });
  return new Set(found);
}

/** One call per record (`GetContextsByArtifact` / `ByExecution`), as KFP's own UI does. */
async function originsPerRecord(
  client: MlmdClient,
  kind: RecordKind,
  ids: readonly string[],
  signal: AbortSignal | undefined,
): Promise<Readonly<Record<string, RecordOrigin>>> {
  const entries = await Promise.all(
    ids.map(async (id): Promise<[string, RecordOrigin]> => {
      try {
        const contexts = await client.call(async (s) =>
          kind === 'artifact'
            ? (await s.getContextsByArtifact({ artifactId: BigInt(id) }, { signal })).contexts
            : (await s.getContextsByExecution({ executionId: BigInt(id) }, { signal })).contexts,
        );
        return [id, originOf(contexts.map(readContext))];
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return [id, NONE];
        throw error;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Where each record of a page comes from, by id. Given the contexts holding the page's records
 * (`contextsOfRecords`), one call per context finds which of them it holds (a page of 20 artifacts
 * of two runs of one pipeline: 3 calls, in parallel); without them, or when there would be no
 * fewer calls, one call per record. A record without contexts has none.
 */
export async function originsOf(
  client: MlmdClient,
  kind: RecordKind,
  ids: readonly string[],
  contexts: readonly RecordContext[] | undefined,
  signal?: AbortSignal,
): Promise<Readonly<Record<string, RecordOrigin>>> {
  if (contexts === undefined || contexts.length >= ids.length)
    return originsPerRecord(client, kind, ids, signal);
  const held = await Promise.all(
    contexts.map(async (context) => ({
      context,
      ids: await client.call((s) => idsInContext(s, kind, context.id, ids, signal)),
    })),
  );
  return Object.fromEntries(
    ids.map((id) => [id, originOf(held.filter((h) => h.ids.has(id)).map((h) => h.context))]),
  );
}
