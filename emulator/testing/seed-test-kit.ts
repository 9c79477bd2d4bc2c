import type { RunApi } from '../http/env.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';
import type { Hono } from 'hono';
import type { AppEnv } from '../kfp-api-app.ts';
import type { Authenticator } from '../auth/types.ts';
import { createEmulatorApp, createEmulatorCore, type EmulatorCore } from '../emulator-app.ts';

/** A seeded emulator app and readers of its answers, for the seed tests. */
export interface SeedHarness extends EmulatorCore {
  readonly app: Hono<AppEnv>;
}

export async function createSeedHarness(
  authenticator: Authenticator,
  runApi: RunApi = 'released',
): Promise<SeedHarness> {
  const core = await createEmulatorCore();
  return { ...core, app: createEmulatorApp(core, { authenticator, runApi }) };
}

export type Json = Record<string, unknown>;
export const isJson = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

export async function get(
  h: SeedHarness,
  user: string | undefined,
  path: string,
): Promise<{ status: number; body: Json; text: string }> {
  const res = await h.app.request(
    path,
    user ? { headers: { authorization: `Bearer ${user}` } } : {},
  );
  const text = await res.text();
  const parsed: unknown = res.headers.get('content-type')?.includes('json')
    ? JSON.parse(text)
    : undefined;
  return { status: res.status, body: isJson(parsed) ? parsed : {}, text };
}

/** Pod nodes of a v1 run's workflow, by template name. */
export async function podNodes(
  h: SeedHarness,
  runId: string,
): Promise<{ wfName: string; nodes: Map<string, Json> }> {
  const { body } = await get(h, 'alice', `/apis/v1beta1/runs/${runId}`);
  const runtime = isJson(body.pipeline_runtime) ? body.pipeline_runtime : {};
  const manifest: unknown = JSON.parse(
    typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
  );
  const status = isJson(manifest) && isJson(manifest.status) ? manifest.status : {};
  const metadata = isJson(manifest) && isJson(manifest.metadata) ? manifest.metadata : {};
  const nodes = new Map<string, Json>();
  for (const node of Object.values(isJson(status.nodes) ? status.nodes : {})) {
    if (isJson(node) && node.type === 'Pod' && typeof node.templateName === 'string')
      nodes.set(node.templateName, node);
  }
  return { wfName: String(metadata.name), nodes };
}

/**
 * A pod's output artifact as text, read like KFP's UI reads it (ReadArtifact → base64 tar.gz). kfp 1.8
 * exports a function's return value only as an artifact when no task consumes it as a parameter.
 */
export async function outputArtifact(
  h: SeedHarness,
  runId: string,
  node: Json | undefined,
  name: string,
) {
  const read = await get(
    h,
    'alice',
    `/apis/v1beta1/runs/${runId}/nodes/${String(node?.id)}/artifacts/${name}:read`,
  );
  return new TextDecoder().decode(
    extractFirstTarEntry(Buffer.from(String(read.body.data), 'base64')),
  );
}

export const outputParameter = (node: Json | undefined, name: string) =>
  list(isJson(node?.outputs) ? node.outputs.parameters : []).find((p) => p.name === name)?.value;
