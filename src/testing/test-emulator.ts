import { createApp } from '../../emulator/kfp-api-app.ts';
import { envInfoRoutes } from '../../emulator/routes/env-info.ts';
import { noAuth, stubAuthenticator, testCallers } from '../../emulator/testing/test-app.ts';
import { createStaticEngine } from '../../emulator/store/run-engine.ts';
import { createStore, type Store } from '../../emulator/store/store.ts';
import { createKfpClient, type KfpClient } from '@/lib/kfp/client.ts';

export const TEST_ORIGIN = 'http://127.0.0.1:4173';
export const TEST_BASE_URL = '/pipeline';

export interface TestEmulator {
  readonly store: Store;
  /** The emulator's Hono app (KFP API + env-info), answering in-process. */
  readonly app: ReturnType<typeof createApp>;
  /** `fetch` answered in-process, the `/pipeline` base stripped as the Vite proxy does. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /**
   * A KFP client for `user` (alice, bob, admin; undefined = no token) talking to the in-process
   * emulator; `onRequest` sees the URL of every request it sends (for tests that count or read them).
   */
  client(user?: string, onRequest?: (url: URL) => void): KfpClient;
}

/**
 * The emulator as a component-test peer (DESIGN.md §4): no ports, no network. The client strips the
 * `/pipeline` base the way the Vite proxy does; the bearer token is the user name, which the emulator's
 * stub authenticator turns into that user (alice → kubeflow-alice, bob → kubeflow-bob).
 */
export async function createTestEmulator(
  options: { readonly multiUser?: boolean } = {},
): Promise<TestEmulator> {
  const store = await createStore();
  const authenticator = options.multiUser === false ? noAuth : stubAuthenticator;
  const app = createApp({
    store,
    engine: createStaticEngine(),
    authenticator,
    // Like a KFP with PIPELINE_URL_VALIDATION_ENABLED=false: tests serve pipeline files locally.
    pipelineUrlValidation: false,
    extraRoutes: [{ app: envInfoRoutes(authenticator) }],
  });
  const handle = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.startsWith(`${TEST_BASE_URL}/`)
      ? url.pathname.slice(TEST_BASE_URL.length)
      : url.pathname;
    return Promise.resolve(app.request(`${path}${url.search}`, init));
  };
  return {
    store,
    app,
    fetch: handle,
    client: (user, onRequest) => {
      if (user !== undefined && !(user in testCallers))
        throw new Error(`Unknown test user ${user}`);
      return createKfpClient({
        baseUrl: TEST_BASE_URL,
        origin: TEST_ORIGIN,
        getToken: () => Promise.resolve(user ?? null),
        onUnauthorized: () => Promise.resolve('redirecting'),
        fetch: (input, init) => {
          onRequest?.(new URL(input instanceof Request ? input.url : String(input)));
          return handle(input, init);
        },
      });
    },
  };
}
