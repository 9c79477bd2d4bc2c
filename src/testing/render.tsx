import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { NamespaceContext, type NamespaceState } from '@/app/namespace/namespace-context.ts';
import { AuthProvider } from '@/lib/auth/auth-context.tsx';
import type { AuthSession, AuthUser } from '@/lib/auth/types.ts';
import type { AppConfig } from '@/lib/config.ts';
import { ConfigProvider } from '@/lib/config-context.tsx';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { KfpClientProvider } from '@/lib/kfp/client-context.tsx';

export const testConfig: AppConfig = {
  kfpBaseUrl: '/pipeline',
  auth: { mode: 'none' },
  namespaces: { source: 'env-info', envInfoUrl: '/api/workgroup/env-info' },
};

/** Tests fail fast instead of retrying, and keep data for the whole test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

/** An AuthSession without an identity provider: a fixed user, a counted sign-out. */
export function createTestSession(
  user: AuthUser | null = { name: 'Alice', email: 'alice@example.com' },
) {
  const calls = { signOut: 0 };
  const session: AuthSession = {
    mode: user ? 'oidc' : 'none',
    canSignOut: user !== null,
    start: () => Promise.resolve('ready'),
    getToken: () => Promise.resolve(null),
    onUnauthorized: () => Promise.resolve('redirecting'),
    completeSignIn: () => Promise.resolve('/'),
    signOut: () => {
      calls.signOut += 1;
      return Promise.resolve();
    },
    onSignOut: () => () => undefined,
    getUser: () => user,
    subscribe: () => () => undefined,
  };
  return { session, calls };
}

/** A client that fails every call: for components that must not touch the network. */
const offlineClient: KfpClient = {
  baseUrl: '/pipeline',
  origin: 'http://127.0.0.1:4173',
  url: (path) => new URL(path, 'http://127.0.0.1:4173'),
  get: (path) => Promise.reject(new Error(`No test client given for GET ${path}`)),
  post: (path) => Promise.reject(new Error(`No test client given for POST ${path}`)),
  patch: (path) => Promise.reject(new Error(`No test client given for PATCH ${path}`)),
  delete: (path) => Promise.reject(new Error(`No test client given for DELETE ${path}`)),
  getText: (path) => Promise.reject(new Error(`No test client given for GET ${path}`)),
  getBytes: (path) => Promise.reject(new Error(`No test client given for GET ${path}`)),
  getStream: (path) => Promise.reject(new Error(`No test client given for ${path}`)),
  sendText: (method, path) =>
    Promise.reject(new Error(`No test client given for ${method} ${path}`)),
  fetchRaw: (url) => Promise.reject(new Error(`No test client given for ${url}`)),
};

export interface RenderWithAppOptions {
  /** The URL to start at, e.g. `/runs?ns=kubeflow-alice`. */
  readonly url?: string;
  /** The route pattern the UI is mounted at (for useParams), default `*`. */
  readonly path?: string;
  /** Typically `(await createTestEmulator()).client('alice')`. */
  readonly client?: KfpClient;
  /**
   * The namespace the shell would provide (useNamespace). Undefined = a single-user install.
   * Pass `null` to provide no NamespaceContext at all (when the test renders the real NamespaceProvider).
   */
  readonly namespace?: string | null;
  readonly config?: AppConfig;
  readonly session?: AuthSession;
  readonly queryClient?: QueryClient;
  /** More routes next to the UI, e.g. `{ path: '/runs/:runId', element: <p>details</p> }`. */
  readonly routes?: readonly RouteObject[];
  /** Child routes of the UI's route, for layouts that render an <Outlet />. */
  readonly children?: RouteObject[];
}

export interface RenderWithAppResult extends RenderResult {
  readonly queryClient: QueryClient;
  readonly router: ReturnType<typeof createMemoryRouter>;
  /** Where the app is now: pathname + search. */
  readonly currentUrl: () => string;
}

function namespaceState(namespace: string | undefined): NamespaceState {
  return {
    status: { kind: 'ready' },
    multiUser: namespace !== undefined,
    namespace,
    namespaces: namespace === undefined ? [] : [namespace],
    envUser: undefined,
    setNamespace: () => undefined,
  };
}

/**
 * Renders a component or a route module with everything the app provides: config, auth, the KFP
 * client, a fresh QueryClient, a memory router and the namespace.
 */
export function renderWithApp(
  ui: ReactElement,
  options: RenderWithAppOptions = {},
): RenderWithAppResult {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const wrapNamespace = (node: ReactNode) =>
    options.namespace === null ? (
      node
    ) : (
      <NamespaceContext value={namespaceState(options.namespace)}>{node}</NamespaceContext>
    );
  const router = createMemoryRouter(
    [
      { path: options.path ?? '*', element: wrapNamespace(ui), children: options.children },
      ...(options.routes ?? []),
    ],
    {
      initialEntries: [options.url ?? '/'],
    },
  );
  const result = render(
    <ConfigProvider config={options.config ?? testConfig}>
      <AuthProvider session={options.session ?? createTestSession().session}>
        <KfpClientProvider client={options.client ?? offlineClient}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </KfpClientProvider>
      </AuthProvider>
    </ConfigProvider>,
  );
  return {
    ...result,
    queryClient,
    router,
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
