import { createHash } from 'node:crypto';
import { asArray, asNumber, asObject, asString, entries, field } from '../json.ts';
import { lastState, type Plan } from '../plan.ts';
import type { ArtifactRef, TaskOutputs, V2Info } from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/json.ts';

/**
 * KFP's execution cache, as released KFP 2.x has it (tags 2.5.0 … 2.17.0):
 *
 * - The driver (backend/src/v2/driver/container.go, cache.go getFingerPrint) fingerprints a container
 *   task whose `cachingOptions.enableCache` is true: sha256 of the JSON of a `CacheKey`
 *   (backend/src/v2/cacheutils/cache.go GenerateCacheKey) holding the input parameter values, the
 *   input artifacts' names, the output artifacts' types (URIs wiped), the output parameters' types,
 *   the command + args, the image and the sorted PVC names.
 * - It asks the API server's task table for the newest entry with that fingerprint, pipeline name
 *   (`pipeline/<pipelineInfo.name>`) and namespace (ListTasksV1, `created_at desc`, page size 1).
 * - Entries are written by the launcher only after a task *ran* and succeeded
 *   (component/launcher_v2.go): a cached execution never becomes a cache source itself.
 * - On a hit the driver publishes the execution CACHED with `cached_execution_id` (metadata/client.go),
 *   copies the output parameters and links the same output artifacts, and writes `cached-decision`
 *   true, so the executor step's `when` (argocompiler/container.go) skips the executor pod.
 *
 * The emulator decides hits once, when the run is created (sim-engine.ts decideCache), and keeps
 * them in the run record: the run's simulation stays a pure function of its record.
 */

/** A cache entry: one task that ran and succeeded, in some earlier run. */
export interface CacheEntry {
  readonly fingerprint: string;
  readonly runId: string;
  /** The source task's `task_id` (what ML Metadata's execution key is made of). */
  readonly taskId: string;
  /** When it finished, epoch ms. */
  readonly endMs: number;
  readonly outputs: TaskOutputs;
  /** The source run's creation, epoch ms (artifact times are relative to it). */
  readonly createdAtMs: number;
}

/** A decided hit, as the run record keeps it (JSON). */
export interface CacheHit {
  readonly fingerprint: string;
  readonly sourceRunId: string;
  readonly sourceTaskId: string;
  readonly outputs: TaskOutputs;
}

/** Which earlier execution a task reuses: by plan key and fingerprint. */
export type CacheLookup = (key: string, fingerprint: string) => CacheHit | undefined;

function sorted(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== undefined) out[key] = sorted(item);
  }
  return out;
}

export interface CacheKeyParts {
  readonly inputParameters: Readonly<Record<string, JsonValue>>;
  readonly inputArtifacts: Readonly<Record<string, readonly ArtifactRef[]>>;
  /** Output artifact name → schema title. */
  readonly outputArtifacts: Readonly<Record<string, string>>;
  /** Output parameter name → parameter type. */
  readonly outputParameters: Readonly<Record<string, string>>;
  readonly cmdArgs: readonly string[];
  readonly image: string;
  readonly pvcNames: readonly string[];
}

/** The fingerprint of a task (sha256 hex of its cache key's canonical JSON), as getFingerPrint. */
export function fingerprintOf(parts: CacheKeyParts): string {
  const key: JsonObject = {
    inputArtifactNames: Object.fromEntries(
      Object.entries(parts.inputArtifacts).map(([name, list]) => [
        name,
        { artifactNames: list.map((a) => a.id) },
      ]),
    ),
    inputParameterValues: { ...parts.inputParameters },
    outputArtifactsSpec: Object.fromEntries(
      Object.entries(parts.outputArtifacts).map(([name, type]) => [
        name,
        { type: { schemaTitle: type } },
      ]),
    ),
    outputParametersSpec: { ...parts.outputParameters },
    containerSpec: {
      image: parts.image,
      cmdArgs: [...parts.cmdArgs],
      // Deduplicated and sorted, as the driver does before hashing.
      pvcNames: [...new Set(parts.pvcNames)].sort(),
    },
  };
  return createHash('sha256')
    .update(JSON.stringify(sorted(key)))
    .digest('hex');
}

/** The cache entries a plan offers: container tasks that ran (not from cache) and succeeded. */
export function cacheEntriesOf(
  plan: Plan<V2Info>,
  runId: string,
  createdAtMs: number,
): CacheEntry[] {
  const out: CacheEntry[] = [];
  for (const node of plan.nodes.values()) {
    const { fingerprint, cachedFrom } = node.info;
    const last = lastState(node.history);
    if (fingerprint === undefined || cachedFrom !== undefined || last?.phase !== 'succeeded')
      continue;
    out.push({
      fingerprint,
      runId,
      taskId: node.info.taskId,
      endMs: createdAtMs + last.at,
      outputs: node.info.result,
      createdAtMs,
    });
  }
  return out;
}

/** A reused artifact's time, made relative to the run that reuses it. */
function rebase(outputs: TaskOutputs, fromMs: number, toMs: number): TaskOutputs {
  const artifacts: Record<string, readonly ArtifactRef[]> = {};
  for (const [name, list] of Object.entries(outputs.artifacts))
    artifacts[name] = list.map((a) => ({ ...a, createdAt: a.createdAt + fromMs - toMs }));
  return { params: outputs.params, artifacts };
}

/** The newest entry (by finish time) with the fingerprint that finished by `atMs`. */
export function lookupEntry(
  entries: readonly CacheEntry[],
  fingerprint: string,
  atMs: number,
  createdAtMs: number,
): CacheHit | undefined {
  let best: CacheEntry | undefined;
  for (const entry of entries) {
    if (entry.fingerprint !== fingerprint || entry.endMs > atMs) continue;
    if (!best || entry.endMs > best.endMs) best = entry;
  }
  if (!best) return undefined;
  return {
    fingerprint,
    sourceRunId: best.runId,
    sourceTaskId: best.taskId,
    outputs: rebase(best.outputs, best.createdAtMs, createdAtMs),
  };
}

function artifactJson(a: ArtifactRef): JsonObject {
  return {
    id: a.id,
    numericId: a.numericId,
    name: a.name,
    schemaTitle: a.schemaTitle,
    uri: a.uri,
    metadata: a.metadata,
    createdAt: a.createdAt,
  };
}

/** Hits by plan key, as the run record keeps them; undefined when there is none. */
export function hitsToJson(hits: ReadonlyMap<string, CacheHit>): JsonObject | undefined {
  if (hits.size === 0) return undefined;
  const out: JsonObject = {};
  for (const [key, hit] of hits) {
    out[key] = {
      fingerprint: hit.fingerprint,
      sourceRunId: hit.sourceRunId,
      sourceTaskId: hit.sourceTaskId,
      params: { ...hit.outputs.params },
      artifacts: Object.fromEntries(
        Object.entries(hit.outputs.artifacts).map(([name, list]) => [name, list.map(artifactJson)]),
      ),
    };
  }
  return out;
}

function artifactFrom(value: JsonValue): ArtifactRef | undefined {
  const o = asObject(value);
  const id = asString(o?.id);
  const numericId = asString(o?.numericId);
  const name = asString(o?.name);
  const schemaTitle = asString(o?.schemaTitle);
  const uri = asString(o?.uri);
  const createdAt = asNumber(o?.createdAt);
  const metadata = asObject(o?.metadata) ?? {};
  if (
    id === undefined ||
    numericId === undefined ||
    name === undefined ||
    schemaTitle === undefined ||
    uri === undefined ||
    createdAt === undefined
  )
    return undefined;
  return { id, numericId, name, schemaTitle, uri, metadata, createdAt };
}

/** The run record's hits (malformed entries are dropped: the task then runs). */
export function hitsFromJson(value: JsonValue | undefined): Map<string, CacheHit> {
  const hits = new Map<string, CacheHit>();
  for (const [key, raw] of entries(value)) {
    const fingerprint = asString(field(raw, 'fingerprint'));
    const sourceRunId = asString(field(raw, 'sourceRunId'));
    const sourceTaskId = asString(field(raw, 'sourceTaskId'));
    if (fingerprint === undefined || sourceRunId === undefined || sourceTaskId === undefined)
      continue;
    const params: Record<string, JsonValue> = {};
    for (const [name, v] of entries(field(raw, 'params'))) params[name] = v;
    const artifacts: Record<string, readonly ArtifactRef[]> = {};
    for (const [name, list] of entries(field(raw, 'artifacts')))
      artifacts[name] = (asArray(list) ?? []).flatMap((a) => artifactFrom(a) ?? []);
    hits.set(key, { fingerprint, sourceRunId, sourceTaskId, outputs: { params, artifacts } });
  }
  return hits;
}

/** Hits taken from the run record: a task uses its hit only when its fingerprint is the same. */
export function recordedLookup(hits: ReadonlyMap<string, CacheHit>): CacheLookup {
  return (key, fingerprint) => {
    const hit = hits.get(key);
    return hit?.fingerprint === fingerprint ? hit : undefined;
  };
}
