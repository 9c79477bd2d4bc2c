import type { RunApi } from '../http/env.ts';
import type { Hono } from 'hono';
import type { AppEnv } from '../kfp-api-app.ts';
import { createEmulatorApp, createEmulatorCore, type EmulatorCore } from '../emulator-app.ts';
import { stubAuthenticator } from './test-app.ts';
import { addPipelineYaml, argoPipelineYaml, uploadForm } from './test-pipelines.ts';
import { fakeClock } from './sim-test-kit.ts';
import { isJsonObject } from '../lib/json.ts';

/**
 * Test harness over the served emulator (createEmulatorCore + createEmulatorApp, multi-user with the
 * stub authenticator of testing/test-app.ts) on a fake clock. Tests only.
 */

/** A v2 pipeline whose one task writes an output artifact. */
export const reportPipelineYaml = `components:
  comp-write:
    executorLabel: exec-write
    outputDefinitions:
      artifacts:
        report:
          artifactType: {schemaTitle: system.Markdown, schemaVersion: 0.0.1}
deploymentSpec:
  executors:
    exec-write:
      container: {image: 'python:3.11', command: [python, -c, 'print(1)']}
pipelineInfo: {name: write}
root:
  dag:
    tasks:
      write:
        componentRef: {name: comp-write}
        taskInfo: {name: write}
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
`;

export const pipelines = {
  add: addPipelineYaml,
  argo: argoPipelineYaml,
  report: reportPipelineYaml,
} as const;

export interface Answer {
  readonly status: number;
  readonly text: string;
  /** The body parsed as JSON ({} when it is not a JSON object). */
  readonly json: Readonly<Record<string, unknown>>;
}

export interface EmulatorHarness {
  readonly core: EmulatorCore;
  readonly app: Hono<AppEnv>;
  readonly clock: ReturnType<typeof fakeClock>;
  call(method: string, path: string, as: string, json?: unknown): Promise<Answer>;
  /** Uploads a pipeline and creates a run of it in `kubeflow-<user>`; returns the run id. */
  createRun(user: string, yaml: string, parameters?: Record<string, unknown>): Promise<Answer>;
  /** GET the run (v2beta1, FULL view) until it finished, advancing the clock 5 s a step. */
  finish(user: string, runId: string): Promise<Answer>;
}

const finished = new Set(['SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELED']);
export async function createEmulatorHarness(
  options: {
    dataDir?: string;
    clock?: ReturnType<typeof fakeClock>;
    runApi?: RunApi;
    /** Serve ML Metadata (default: as the run API's server does). */
    mlmd?: boolean;
  } = {},
): Promise<EmulatorHarness> {
  const clock = options.clock ?? fakeClock();
  const core = await createEmulatorCore({ dataDir: options.dataDir, now: clock.now });
  const app = createEmulatorApp(core, {
    authenticator: stubAuthenticator,
    now: clock.now,
    ...(options.runApi ? { runApi: options.runApi } : {}),
    ...(options.mlmd === undefined ? {} : { mlmd: options.mlmd }),
  });
  let uploads = 0;
  const send = async (
    method: string,
    path: string,
    as: string,
    body?: BodyInit,
    type?: string,
  ): Promise<Answer> => {
    const headers = new Headers({ authorization: `Bearer ${as}` });
    if (type !== undefined) headers.set('content-type', type);
    const res = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, text, json: isJsonObject(parsed) ? parsed : {} };
  };
  const call = (method: string, path: string, as: string, json?: unknown) =>
    send(
      method,
      path,
      as,
      json === undefined ? undefined : JSON.stringify(json),
      json === undefined ? undefined : 'application/json',
    );
  const id = (answer: Answer, key: string): string => {
    const value = answer.json[key];
    if (answer.status !== 200 || typeof value !== 'string')
      throw new Error(`no ${key}: ${answer.status} ${answer.text}`);
    return value;
  };
  return {
    core,
    app,
    clock,
    call,
    async createRun(user, yaml, parameters = {}) {
      uploads++;
      const pipeline = await send(
        'POST',
        `/apis/v2beta1/pipelines/upload?name=p${String(uploads)}&namespace=kubeflow-${user}`,
        user,
        uploadForm(`p${String(uploads)}.yaml`, yaml),
      );
      const versions = await call(
        'GET',
        `/apis/v2beta1/pipelines/${id(pipeline, 'pipeline_id')}/versions`,
        user,
      );
      const list = versions.json.pipeline_versions;
      const version: unknown = Array.isArray(list) ? list[0] : undefined;
      const versionId =
        isJsonObject(version) && typeof version.pipeline_version_id === 'string'
          ? version.pipeline_version_id
          : '';
      const experiment = await call('POST', '/apis/v2beta1/experiments', user, {
        display_name: `e${String(uploads)}`,
        namespace: `kubeflow-${user}`,
      });
      return call('POST', '/apis/v2beta1/runs', user, {
        display_name: 'r',
        experiment_id: id(experiment, 'experiment_id'),
        pipeline_version_reference: {
          pipeline_id: id(pipeline, 'pipeline_id'),
          pipeline_version_id: versionId,
        },
        runtime_config: { parameters },
      });
    },
    async finish(user, runId) {
      for (let step = 0; step < 2_000; step++) {
        const run = await call('GET', `/apis/v2beta1/runs/${runId}?view=FULL`, user);
        if (finished.has(String(run.json.state))) return run;
        clock.advance(5_000);
      }
      throw new Error(`run ${runId} did not finish`);
    },
  };
}

/** The first object key behind `minio://mlpipeline/…` (v2) or an Argo `"key":"artifacts/…"` in a text. */
export function firstObjectKey(text: string): string {
  const key =
    /minio:\/\/mlpipeline\/([^"\\]+)/.exec(text)?.[1] ??
    /\\?"key\\?":\s*\\?"(artifacts\/[^"\\]+)/.exec(text)?.[1];
  if (key === undefined) throw new Error(`no object key in ${text.slice(0, 500)}`);
  return key;
}
