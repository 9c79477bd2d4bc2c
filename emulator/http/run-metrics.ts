import { gunzipSync } from 'node:zlib';
import { parseTar } from 'nanotar';
import { parseBody, list, str, type MessageSchema, type ParsedMessage } from '../lib/proto-json.ts';
import { isJsonObject } from '../lib/json.ts';
import type { ObjectStore } from '../sim/types.ts';
import { defaultBucket } from '../sim/object-store.ts';
import type { JsonObject } from '../lib/json.ts';
import type { RunEngine } from '../store/run-engine.ts';
import type { RunRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';

/**
 * v1 run metrics (api.RunMetric) as KFP's persistence agent reports them and the API server stores
 * them (the `run_metrics` table behind v1beta1 `Run.metrics` and the `metric:<name>` sort keys).
 *
 * The agent (backend/src/agent/persistence/worker/metrics_reporter.go → util/workflow.go
 * CollectionMetrics, KFP 2.17) reads, for every *completed* node of the run's Argo workflow that has
 * an output artifact named `mlpipeline-metrics`, that artifact (a tar.gz that must hold exactly one
 * file), parses the file as an `api.ReportRunMetricsRequest` with protojson (unknown fields or bad
 * values drop the node's whole file), stamps each metric with the node id and reports at most 50
 * metrics per run. The server (run_server.go ReportRunMetricsV1, api_util.go validateRunMetric)
 * refuses names outside `^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$` and keeps the first report of
 * a (node, name) pair (a repeat is DUPLICATE_REPORTING). v2 runs never report any: their Argo nodes
 * have no `mlpipeline-metrics` artifact (their metrics live in ML Metadata).
 */
export interface RunMetric {
  readonly name: string;
  readonly nodeId: string;
  readonly numberValue: number;
  /** api.RunMetric.Format: UNSPECIFIED when the file gave none. */
  readonly format: 'UNSPECIFIED' | 'RAW' | 'PERCENTAGE';
}

export const METRICS_ARTIFACT = 'mlpipeline-metrics';
const MAX_METRICS = 50;
const metricNamePattern = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;

const runMetricMessage: MessageSchema = {
  name: 'api.RunMetric',
  fields: {
    name: { type: { kind: 'string' } },
    node_id: { type: { kind: 'string' } },
    number_value: { type: { kind: 'double' } },
    format: {
      type: {
        kind: 'enum',
        name: 'api.RunMetric.Format',
        values: { UNSPECIFIED: 0, RAW: 1, PERCENTAGE: 2 },
      },
    },
  },
};

const reportMessage: MessageSchema = {
  name: 'api.ReportRunMetricsRequest',
  fields: {
    run_id: { type: { kind: 'string' } },
    metrics: { type: { kind: 'message', message: () => runMetricMessage }, repeated: true },
  },
};

/** Argo's NodeStatus.Completed(): a fulfilled phase. */
const completedPhases: ReadonlySet<string> = new Set([
  'Succeeded',
  'Failed',
  'Error',
  'Skipped',
  'Omitted',
]);

function formatOf(message: ParsedMessage): RunMetric['format'] {
  const format = str(message, 'format');
  return format === 'RAW' || format === 'PERCENTAGE' ? format : 'UNSPECIFIED';
}

/** The metrics file of one node, or undefined when the agent would skip or drop it. */
export function parseMetricsFile(text: string, nodeId: string): RunMetric[] | undefined {
  let request: ParsedMessage;
  try {
    request = parseBody(reportMessage, text);
  } catch {
    return undefined; // "Failed to unmarshal metrics file": nothing of this node is reported
  }
  return list(request, 'metrics').flatMap((item): RunMetric[] => {
    if (!isJsonObject(item)) return [];
    const value = item.number_value;
    return [
      {
        name: str(item, 'name'),
        nodeId,
        numberValue: typeof value === 'number' ? value : 0,
        format: formatOf(item),
      },
    ];
  });
}

/** The one file of an Argo artifact archive; undefined unless it holds exactly one. */
function singleFile(archive: Uint8Array): string | undefined {
  try {
    const files = parseTar(new Uint8Array(gunzipSync(archive))).filter(
      (entry) => entry.type === 'file' || entry.type === undefined,
    );
    const only = files.length === 1 ? files[0] : undefined;
    return only?.data === undefined ? undefined : new TextDecoder().decode(only.data);
  } catch {
    return undefined;
  }
}

function metricsLocation(node: JsonObject): { bucket: string; key: string } | undefined {
  const outputs = node.outputs;
  if (!isJsonObject(outputs) || !Array.isArray(outputs.artifacts)) return undefined;
  let found: { bucket: string; key: string } | undefined;
  for (const artifact of outputs.artifacts) {
    if (!isJsonObject(artifact) || artifact.name !== METRICS_ARTIFACT) continue;
    if (!isJsonObject(artifact.s3) || typeof artifact.s3.key !== 'string') continue;
    const bucket = artifact.s3.bucket;
    found = {
      bucket: typeof bucket === 'string' && bucket !== '' ? bucket : defaultBucket,
      key: artifact.s3.key,
    };
  }
  return found;
}

/** What the agent reports for a workflow's nodes (in the nodes' order), after the server's checks. */
export function collectRunMetrics(
  nodes: Readonly<Record<string, unknown>>,
  read: (bucket: string, key: string) => Uint8Array | undefined,
): RunMetric[] {
  const collected: RunMetric[] = [];
  for (const [nodeId, node] of Object.entries(nodes)) {
    if (!isJsonObject(node) || typeof node.phase !== 'string' || !completedPhases.has(node.phase))
      continue;
    const location = metricsLocation(node);
    const data = location && read(location.bucket, location.key);
    const text = data && data.length > 0 ? singleFile(data) : undefined;
    const metrics = text === undefined ? undefined : parseMetricsFile(text, nodeId);
    if (metrics === undefined) continue;
    collected.push(...metrics.slice(0, MAX_METRICS - collected.length));
    if (collected.length >= MAX_METRICS) break;
  }
  const seen = new Set<string>();
  return collected.filter((metric) => {
    const key = `${metric.nodeId}\u0000${metric.name}`;
    if (!metricNamePattern.test(metric.name) || metric.nodeId.length > 128 || seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}

/** Whether an Argo workflow spec has any template that outputs `mlpipeline-metrics`. */
function writesMetrics(spec: JsonObject | undefined): boolean {
  if (spec === undefined || spec.kind !== 'Workflow' || !isJsonObject(spec.spec)) return false;
  const templates = spec.spec.templates;
  if (!Array.isArray(templates)) return false;
  return templates.some(
    (template) =>
      isJsonObject(template) &&
      isJsonObject(template.outputs) &&
      Array.isArray(template.outputs.artifacts) &&
      template.outputs.artifacts.some(
        (artifact) => isJsonObject(artifact) && artifact.name === METRICS_ARTIFACT,
      ),
  );
}

/** `status.nodes`, or the decoded `status.compressedNodes` (base64 gzip) of a large workflow. */
function workflowNodes(manifest: string): Record<string, unknown> | undefined {
  try {
    const workflow: unknown = JSON.parse(manifest);
    if (!isJsonObject(workflow) || !isJsonObject(workflow.status)) return undefined;
    const { nodes, compressedNodes } = workflow.status;
    if (isJsonObject(nodes)) return nodes;
    if (typeof compressedNodes !== 'string') return undefined;
    const decoded: unknown = JSON.parse(
      gunzipSync(Buffer.from(compressedNodes, 'base64')).toString('utf8'),
    );
    return isJsonObject(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export interface MetricsSource {
  readonly store: Store;
  readonly engine: RunEngine;
  readonly objects: ObjectStore;
}

/**
 * The metrics stored for a run as of now: the agent's report of the run's workflow as the engine
 * shows it now (a pure function of the run, like everything the engine computes). Runs whose spec
 * writes no metrics cost one cached look at the spec; the others are re-read only when their
 * workflow changed (the engine keeps the same projection object until then).
 */
export function createRunMetrics(source: MetricsSource): (run: RunRecord) => readonly RunMetric[] {
  const specWrites = new Map<string, boolean>();
  const reported = new Map<string, { readonly key: object; readonly metrics: RunMetric[] }>();
  return (run) => {
    const hash = run.source.specHash;
    let writes = specWrites.get(hash);
    if (writes === undefined) {
      writes = writesMetrics(source.store.getSpec(hash));
      specWrites.set(hash, writes);
    }
    if (!writes) return [];
    const runtime = source.engine.runtime(run.id);
    if (runtime === undefined) return [];
    const known = reported.get(run.id);
    if (known?.key === runtime.taskDetails) return known.metrics;
    const manifest = runtime.workflowManifest;
    const nodes = manifest === undefined ? undefined : workflowNodes(manifest);
    const metrics =
      nodes === undefined ? [] : collectRunMetrics(nodes, (b, k) => source.objects.get(b, k));
    reported.set(run.id, { key: runtime.taskDetails, metrics });
    return metrics;
  };
}
