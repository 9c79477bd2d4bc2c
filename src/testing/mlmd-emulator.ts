import {
  createEmulatorHarness,
  type EmulatorHarness,
} from '../../emulator/testing/emulator-test-kit.ts';
import type { RunApi } from '../../emulator/http/env.ts';
import { createKfpClient, type KfpClient } from '@/lib/kfp/client.ts';
import { TEST_BASE_URL, TEST_ORIGIN } from './test-emulator.ts';

export interface MlmdTestEmulator {
  readonly harness: EmulatorHarness;
  /** A KFP client for `user` (alice, bob) whose calls — the API and ML Metadata — the app answers in-process. */
  client(user: string): KfpClient;
}

/**
 * The served emulator (API, UI-server calls, ML Metadata over gRPC-web) with its run simulator on a
 * fake clock, as a component-test peer: runs really run (`harness.createRun` + `harness.finish`)
 * and their records land in ML Metadata. The client strips `/pipeline` like the Vite proxy;
 * ML Metadata sits at the gateway root as in a Kubeflow install.
 */
export async function createMlmdTestEmulator(
  options: { readonly runApi?: RunApi; readonly mlmd?: boolean } = {},
): Promise<MlmdTestEmulator> {
  const harness = await createEmulatorHarness(options);
  const handle = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${TEST_BASE_URL}/`)
      ? url.pathname.slice(TEST_BASE_URL.length)
      : url.pathname;
    return harness.app.request(`${path}${url.search}`, {
      method: request.method,
      headers: request.headers,
      ...(request.method === 'GET' || request.method === 'HEAD'
        ? {}
        : { body: await request.arrayBuffer() }),
    });
  };
  return {
    harness,
    client: (user) =>
      createKfpClient({
        baseUrl: TEST_BASE_URL,
        origin: TEST_ORIGIN,
        getToken: () => Promise.resolve(user),
        onUnauthorized: () => Promise.resolve('redirecting'),
        fetch: handle,
      }),
  };
}

/** Creates a run of `yaml` in alice's namespace and runs it to the end; its id. */
export async function finishedRun(
  emulator: MlmdTestEmulator,
  yaml: string,
  parameters: Record<string, unknown> = {},
): Promise<string> {
  const created = await emulator.harness.createRun('alice', yaml, parameters);
  const runId = created.json.run_id;
  if (typeof runId !== 'string') throw new Error(`no run: ${created.text}`);
  await emulator.harness.finish('alice', runId);
  return runId;
}
