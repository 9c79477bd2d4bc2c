import { ListOperationOptions_OrderByField_Field } from './gen/ml_metadata/proto/metadata_store_pb.ts';
import { ApiError } from '../kfp/errors.ts';
import type { MlmdClient } from './client.ts';
import { recordFilter, type RecordSearch } from './filter.ts';
import { readArtifact, readEvent, readExecution } from './read-messages.ts';
import { originOf, readContext, type RecordOrigin } from './record-origins.ts';
import type { MlmdArtifact, MlmdEvent, MlmdExecution } from './types.ts';

export interface RecordPage<T> {
  readonly items: readonly T[];
  /** '' on the last page. */
  readonly nextPageToken: string;
}

export interface PageRequest extends RecordSearch {
  readonly pageSize: number;
  readonly pageToken: string;
  /** Oldest first (else newest first). */
  readonly ascending?: boolean;
}

function listOptions(request: PageRequest) {
  return {
    maxResultSize: request.pageSize,
    nextPageToken: request.pageToken,
    orderByField: {
      field: ListOperationOptions_OrderByField_Field.CREATE_TIME,
      isAsc: request.ascending ?? false,
    },
    filterQuery: recordFilter(request),
  };
}

/** One page of artifacts by creation time (the server pages: never the whole store). */
export async function listArtifacts(
  client: MlmdClient,
  request: PageRequest,
  signal?: AbortSignal,
): Promise<RecordPage<MlmdArtifact>> {
  const r = await client.call((s) => s.getArtifacts({ options: listOptions(request) }, { signal }));
  return { items: r.artifacts.map((a) => readArtifact(a)), nextPageToken: r.nextPageToken };
}

export async function listExecutions(
  client: MlmdClient,
  request: PageRequest,
  signal?: AbortSignal,
): Promise<RecordPage<MlmdExecution>> {
  const r = await client.call((s) =>
    s.getExecutions({ options: listOptions(request) }, { signal }),
  );
  return { items: r.executions.map((e) => readExecution(e)), nextPageToken: r.nextPageToken };
}

export interface LinkedExecution {
  readonly execution: MlmdExecution;
  readonly event: MlmdEvent;
}

export interface LinkedArtifact {
  readonly artifact: MlmdArtifact;
  readonly event: MlmdEvent;
}

export interface ArtifactDetail {
  readonly artifact: MlmdArtifact;
  /** The execution that wrote it (OUTPUT event), if any. */
  readonly producers: readonly LinkedExecution[];
  /** Executions that read it (INPUT events). */
  readonly consumers: readonly LinkedExecution[];
  /** Its pipelines and runs (contexts). */
  readonly origin: RecordOrigin;
}

export interface ExecutionDetail {
  readonly execution: MlmdExecution;
  readonly inputs: readonly LinkedArtifact[];
  readonly outputs: readonly LinkedArtifact[];
  /** Its pipelines and runs (contexts). */
  readonly origin: RecordOrigin;
}

/** The contexts of a record, none when MLMD has none for it (NOT_FOUND). */
async function contextsOf<T>(call: Promise<{ contexts: T[] }>): Promise<{ contexts: T[] }> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { contexts: [] };
    throw error;
  }
}

/** An artifact with its producer, consumers (one hop of lineage each way) and runs; undefined if unknown. */
export async function getArtifactDetail(
  client: MlmdClient,
  id: string,
  signal?: AbortSignal,
): Promise<ArtifactDetail | undefined> {
  const artifactId = BigInt(id);
  const [found, events, contexts] = await Promise.all([
    client.call((s) => s.getArtifactsByID({ artifactIds: [artifactId] }, { signal })),
    client.call((s) => s.getEventsByArtifactIDs({ artifactIds: [artifactId] }, { signal })),
    contextsOf(client.call((s) => s.getContextsByArtifact({ artifactId }, { signal }))),
  ]);
  const message = found.artifacts[0];
  if (!message) return undefined;
  const linked = events.events.map(readEvent);
  const ids = [...new Set(events.events.map((e) => e.executionId))];
  const executions =
    ids.length === 0
      ? []
      : (await client.call((s) => s.getExecutionsByID({ executionIds: ids }, { signal })))
          .executions;
  const byId = new Map(executions.map((e) => [e.id.toString(), readExecution(e)]));
  const link = (type: MlmdEvent['type']) =>
    linked.flatMap((event) => {
      const execution = byId.get(event.executionId);
      return event.type === type && execution ? [{ execution, event }] : [];
    });
  return {
    artifact: readArtifact(message),
    producers: link('OUTPUT'),
    consumers: link('INPUT'),
    origin: originOf(contexts.contexts.map(readContext)),
  };
}

/** An execution with its input and output artifacts and runs; undefined if unknown. */
export async function getExecutionDetail(
  client: MlmdClient,
  id: string,
  signal?: AbortSignal,
): Promise<ExecutionDetail | undefined> {
  const executionId = BigInt(id);
  const [found, events, contexts] = await Promise.all([
    client.call((s) => s.getExecutionsByID({ executionIds: [executionId] }, { signal })),
    client.call((s) => s.getEventsByExecutionIDs({ executionIds: [executionId] }, { signal })),
    contextsOf(client.call((s) => s.getContextsByExecution({ executionId }, { signal }))),
  ]);
  const message = found.executions[0];
  if (!message) return undefined;
  const linked = events.events.map(readEvent);
  const ids = [...new Set(events.events.map((e) => e.artifactId))];
  const artifacts =
    ids.length === 0
      ? []
      : (await client.call((s) => s.getArtifactsByID({ artifactIds: ids }, { signal }))).artifacts;
  const byId = new Map(artifacts.map((a) => [a.id.toString(), readArtifact(a)]));
  const link = (type: MlmdEvent['type']) =>
    linked.flatMap((event) => {
      const artifact = byId.get(event.artifactId);
      return event.type === type && artifact ? [{ artifact, event }] : [];
    });
  return {
    execution: readExecution(message),
    inputs: link('INPUT'),
    outputs: link('OUTPUT'),
    origin: originOf(contexts.contexts.map(readContext)),
  };
}
