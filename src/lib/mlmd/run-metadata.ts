import type { MlmdClient } from './client.ts';
import type { Artifact, Execution } from './gen/ml_metadata/proto/metadata_store_pb.ts';
import { readArtifact, readEvent, readExecution } from './read-messages.ts';
import type { RunMetadata } from './types.ts';

/** The context KFP's driver creates per v2 run, named by the run id (frontend/src/mlmd/MlmdUtils.ts). */
export const PIPELINE_RUN_CONTEXT_TYPE = 'system.PipelineRun';

/** Pages through a by-context call (without options the server answers all; a token means more). */
async function allPages<T>(
  fetchPage: (token: string) => Promise<{ items: T[]; nextPageToken: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let token = '';
  for (let page = 0; page < 1000; page++) {
    const answer = await fetchPage(token);
    items.push(...answer.items);
    if (answer.nextPageToken === '' || answer.nextPageToken === token) break;
    token = answer.nextPageToken;
  }
  return items;
}

const pageOptions = (token: string) =>
  token === '' ? {} : { options: { maxResultSize: 100, nextPageToken: token } };

/** Type names for records whose `type` the server left empty (MLMD before 1.2 does). */
async function typeNames(
  client: MlmdClient,
  executions: readonly Execution[],
  artifacts: readonly Artifact[],
  signal: AbortSignal | undefined,
): Promise<{ executions: Map<bigint, string>; artifacts: Map<bigint, string> }> {
  const missingE = [...new Set(executions.filter((e) => e.type === '').map((e) => e.typeId))];
  const missingA = [...new Set(artifacts.filter((a) => a.type === '').map((a) => a.typeId))];
  const [eTypes, aTypes] = await Promise.all([
    missingE.length === 0
      ? undefined
      : client.call((s) => s.getExecutionTypesByID({ typeIds: missingE }, { signal })),
    missingA.length === 0
      ? undefined
      : client.call((s) => s.getArtifactTypesByID({ typeIds: missingA }, { signal })),
  ]);
  return {
    executions: new Map((eTypes?.executionTypes ?? []).map((t) => [t.id, t.name])),
    artifacts: new Map((aTypes?.artifactTypes ?? []).map((t) => [t.id, t.name])),
  };
}

/**
 * Everything ML Metadata holds about a KFP v2 run: its executions, the artifacts in its context and
 * the events between them. Undefined when the run has no context (yet): nothing has been recorded.
 */
export async function readRunMetadata(
  client: MlmdClient,
  runId: string,
  signal?: AbortSignal,
): Promise<RunMetadata | undefined> {
  const { context } = await client.call((s) =>
    s.getContextByTypeAndName(
      { typeName: PIPELINE_RUN_CONTEXT_TYPE, contextName: runId },
      { signal },
    ),
  );
  if (context === undefined) return undefined;
  const contextId = context.id;
  const [executions, artifacts] = await Promise.all([
    allPages(async (token) => {
      const r = await client.call((s) =>
        s.getExecutionsByContext({ contextId, ...pageOptions(token) }, { signal }),
      );
      return { items: r.executions, nextPageToken: r.nextPageToken };
    }),
    allPages(async (token) => {
      const r = await client.call((s) =>
        s.getArtifactsByContext({ contextId, ...pageOptions(token) }, { signal }),
      );
      return { items: r.artifacts, nextPageToken: r.nextPageToken };
    }),
  ]);
  const [events, types] = await Promise.all([
    executions.length === 0
      ? Promise.resolve([])
      : client
          .call((s) =>
            s.getEventsByExecutionIDs({ executionIds: executions.map((e) => e.id) }, { signal }),
          )
          .then((r) => r.events),
    typeNames(client, executions, artifacts, signal),
  ]);
  return {
    contextId: contextId.toString(),
    executions: executions.map((e) => readExecution(e, types.executions.get(e.typeId))),
    artifacts: artifacts.map((a) => readArtifact(a, types.artifacts.get(a.typeId))),
    events: events.map(readEvent),
  };
}
