import { ApiError } from '../kfp/errors.ts';
import type { MlmdClient } from './client.ts';
import type { Context } from './gen/ml_metadata/proto/metadata_store_pb.ts';
import { PIPELINE_RUN_CONTEXT_TYPE } from './run-metadata.ts';

/** The pipelines and runs a record belongs to (its `system.Pipeline` and `system.PipelineRun` contexts). */
export interface RecordOrigin {
  readonly pipelines: readonly string[];
  readonly runIds: readonly string[];
  /** The namespaces of those runs (the run context's `namespace`, written by KFP's driver). */
  readonly namespaces: readonly string[];
}

export const PIPELINE_CONTEXT_TYPE = 'system.Pipeline';

export function originOf(contexts: readonly Context[]): RecordOrigin {
  const runs = contexts.filter((c) => c.type === PIPELINE_RUN_CONTEXT_TYPE);
  const namespaces = runs.flatMap((c) => {
    const value = c.customProperties.namespace?.value;
    return value?.case === 'stringValue' && value.value !== '' ? [value.value] : [];
  });
  return {
    pipelines: contexts.filter((c) => c.type === PIPELINE_CONTEXT_TYPE).map((c) => c.name),
    runIds: runs.map((c) => c.name),
    namespaces: [...new Set(namespaces)],
  };
}

const NONE: RecordOrigin = { pipelines: [], runIds: [], namespaces: [] };

/**
 * Where each record of a page comes from, by id. MLMD has no batch call for the contexts of many
 * records, so one call per row runs in parallel; a record without contexts (NOT_FOUND) has none.
 */
export async function originsOf(
  client: MlmdClient,
  kind: 'artifact' | 'execution',
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Readonly<Record<string, RecordOrigin>>> {
  const entries = await Promise.all(
    ids.map(async (id): Promise<[string, RecordOrigin]> => {
      try {
        const { contexts } = await client.call(async (s) =>
          kind === 'artifact'
            ? {
                contexts: (await s.getContextsByArtifact({ artifactId: BigInt(id) }, { signal }))
                  .contexts,
              }
            : {
                contexts: (await s.getContextsByExecution({ executionId: BigInt(id) }, { signal }))
                  .contexts,
              },
        );
        return [id, originOf(contexts)];
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return [id, NONE];
        throw error;
      }
    }),
  );
  return Object.fromEntries(entries);
}
