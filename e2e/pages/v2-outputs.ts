import type { JsonValue } from '@bufbuild/protobuf';
import { createClient } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import type { Page } from '@playwright/test';
import {
  Event_Type,
  type Value,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { MetadataStoreService } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_service_pb.ts';
import { accessToken, EMULATOR_URL, type KfpApi } from '../fixtures.ts';
import { isRecord } from './visualizations.ts';

/**
 * A v2 task's output artifacts, read from the server independently of the dashboard — the tests'
 * oracle in both emulator modes: KFP master's `tasks[]` (`--run-api next`), or ML Metadata over
 * gRPC-web as released KFP keeps them (`--run-api released`). Either way in ML Metadata's shape:
 * one artifact per output, its metadata unwrapped (metric scalars as numbers, `{struct}`/`{list}`
 * of ClassificationMetrics as plain JSON, as KFP's frontend reads them).
 */
export interface V2Artifact {
  /** The output's name (the event path in MLMD, the artifact key in tasks[]). */
  readonly output: string;
  readonly uri: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** `{struct: X}` → X and `{list: X}` → X (backend/src/v2/metadata/converter.go stores them wrapped). */
function unwrap(value: JsonValue): unknown {
  if (isRecord(value)) {
    if ('struct' in value && Object.keys(value).length === 1) return value.struct;
    if ('list' in value && Object.keys(value).length === 1) return value.list;
  }
  return value;
}

function valueJson(value: Value): unknown {
  const v = value.value;
  switch (v.case) {
    case 'intValue':
      return Number(v.value);
    case 'doubleValue':
    case 'stringValue':
    case 'boolValue':
      return v.value;
    case 'structValue':
      return unwrap(v.value);
    default:
      return undefined;
  }
}

function stringProp(props: { readonly [key: string]: Value }, key: string): string | undefined {
  const v = props[key]?.value;
  return v?.case === 'stringValue' ? v.value : undefined;
}

async function fromMlmd(page: Page, runId: string, taskName: string): Promise<V2Artifact[]> {
  const token = await accessToken(page);
  const mlmd = createClient(
    MetadataStoreService,
    createGrpcWebTransport({
      baseUrl: EMULATOR_URL,
      useBinaryFormat: true,
      interceptors: [
        (next) => (req) => {
          req.header.set('Authorization', `Bearer ${token}`);
          return next(req);
        },
      ],
    }),
  );
  const { context } = await mlmd.getContextByTypeAndName({
    typeName: 'system.PipelineRun',
    contextName: runId,
  });
  if (!context) throw new Error(`no MLMD context for run ${runId}`);
  const { executions } = await mlmd.getExecutionsByContext({ contextId: context.id });
  const ids = executions
    .filter((execution) =>
      ['task_name', 'display_name'].some(
        (key) => stringProp(execution.customProperties, key) === taskName,
      ),
    )
    .map((execution) => execution.id);
  if (ids.length === 0) return [];
  const { events } = await mlmd.getEventsByExecutionIDs({ executionIds: ids });
  const outputs = events.filter((event) => event.type === Event_Type.OUTPUT);
  const { artifacts } = await mlmd.getArtifactsByID({
    artifactIds: outputs.map((event) => event.artifactId),
  });
  const byId = new Map(artifacts.map((artifact) => [artifact.id, artifact]));
  return outputs.flatMap((event) => {
    const artifact = byId.get(event.artifactId);
    const step = event.path?.steps[0]?.value;
    if (!artifact || step?.case !== 'key') return [];
    const metadata: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(artifact.customProperties))
      metadata[key] = valueJson(value);
    return [{ output: step.value, uri: artifact.uri, metadata }];
  });
}

/** KFP master's tasks[]: a system.Metrics output comes as one `Metric` per scalar, sharing the URI. */
function fromTasks(tasks: readonly Record<string, unknown>[], taskName: string): V2Artifact[] {
  const byUri = new Map<
    string,
    { output: string; uri: string; metadata: Record<string, unknown> }
  >();
  for (const task of tasks.filter(
    (item) => item.name === taskName || item.display_name === taskName,
  )) {
    const outputs =
      isRecord(task.outputs) && Array.isArray(task.outputs.artifacts)
        ? task.outputs.artifacts.filter(isRecord)
        : [];
    for (const output of outputs) {
      const key = typeof output.artifact_key === 'string' ? output.artifact_key : '';
      const items = Array.isArray(output.artifacts) ? output.artifacts.filter(isRecord) : [];
      for (const item of items) {
        const uri = typeof item.uri === 'string' ? item.uri : '';
        const entry = byUri.get(uri) ?? { output: key, uri, metadata: {} };
        byUri.set(uri, entry);
        if (item.type === 'Metric' && typeof item.name === 'string')
          entry.metadata[item.name] = Number(item.number_value);
        else if (isRecord(item.metadata)) Object.assign(entry.metadata, item.metadata);
      }
    }
  }
  return [...byUri.values()];
}

/** The output artifacts of every execution of the v2 task `taskName` (its name or display name; loop iterations included). */
export async function v2TaskArtifacts(
  api: KfpApi,
  page: Page,
  runId: string,
  taskName: string,
): Promise<V2Artifact[]> {
  const run = await api.get(`/apis/v2beta1/runs/${runId}?view=FULL`);
  if (isRecord(run) && Array.isArray(run.tasks))
    return fromTasks(run.tasks.filter(isRecord), taskName);
  return fromMlmd(page, runId, taskName);
}

/** The `minio://bucket/key` URI of a v2 task's output artifact by its output name. */
export async function v2ArtifactUri(
  api: KfpApi,
  page: Page,
  runId: string,
  taskName: string,
  output: string,
): Promise<string> {
  const artifact = (await v2TaskArtifacts(api, page, runId, taskName)).find(
    (item) => item.output === output,
  );
  if (!artifact?.uri) throw new Error(`no output ${output} of ${taskName} in run ${runId}`);
  return artifact.uri;
}
