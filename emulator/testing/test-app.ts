import type { ObjectStore } from '../sim/types.ts';
import { createApp, type RunApi } from '../kfp-api-app.ts';
import type { Authenticator, Caller } from '../auth/types.ts';
import { validateResponse, type SpecName } from '../contract/validate-response.ts';
import { unauthenticated } from '../lib/errors.ts';
import { systemNamespace } from '../http/access.ts';
import { createStaticEngine, type RunEngine } from '../store/run-engine.ts';
import { createStore, type Store } from '../store/store.ts';
import { isJsonObject } from '../lib/json.ts';

/**
 * In-process harness for the API route tests: a store, an engine, createApp with a stub
 * authenticator (`Authorization: Bearer <user>` for the users below, standing in for verified
 * JWTs), and a request helper that checks every `/apis/` answer against the official swagger.
 */
export const testCallers: Readonly<Record<string, Caller>> = {
  alice: { user: 'alice', email: 'alice@example.com', namespaces: ['kubeflow-alice'] },
  bob: { user: 'bob', email: 'bob@example.com', namespaces: ['kubeflow-bob'] },
  admin: {
    user: 'admin',
    email: 'admin@example.com',
    namespaces: [systemNamespace, 'kubeflow-alice', 'kubeflow-bob'],
  },
};

export const stubAuthenticator: Authenticator = {
  mode: 'oidc',
  authenticate(headers) {
    const user = /^Bearer (\w+)$/.exec(headers.get('authorization') ?? '')?.[1];
    const caller = user === undefined ? undefined : testCallers[user];
    return caller
      ? Promise.resolve(caller)
      : Promise.reject(unauthenticated('Missing or invalid bearer token'));
  },
};

export const noAuth: Authenticator = { mode: 'none', authenticate: () => Promise.resolve(null) };

export interface CallOptions {
  /** User of the stub authenticator; omitted = no Authorization header. */
  readonly as?: string;
  readonly json?: unknown;
  /** A raw body (sent as is). */
  readonly body?: string;
  readonly form?: FormData;
  /** Skip the contract check (for answers the swagger cannot describe, e.g. unknown routes). */
  readonly unchecked?: boolean;
}

export interface CallResult {
  readonly status: number;
  readonly body: unknown;
  /** Property access on the body for assertions. */
  readonly json: Record<string, unknown>;
}

/** The swaggers an answer must satisfy: released servers are the v2beta1 spec, `next` v2beta1-tasks. */
function specsFor(method: string, path: string, runApi: RunApi): SpecName[] {
  if (path.startsWith('/apis/v1beta1/')) return ['v1beta1'];
  if (runApi === 'released' && path.startsWith('/apis/v2beta1/runs')) return ['v2beta1'];
  const onlyNew = /[?&]view=FULL\b/.test(path) || /\/runs\/[^/]+\/tasks/.test(path);
  return onlyNew || method === 'PATCH' ? ['v2beta1-tasks'] : ['v2beta1', 'v2beta1-tasks'];
}

export interface TestApi {
  readonly store: Store;
  readonly engine: RunEngine;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
}

export async function createTestApi(
  options: {
    authenticator?: Authenticator;
    store?: Store;
    engine?: RunEngine;
    now?: () => Date;
    runApi?: RunApi;
    /** The simulator's object store: v1 run metrics are read from it (none without). */
    objects?: ObjectStore;
  } = {},
): Promise<TestApi> {
  const store = options.store ?? (await createStore());
  const engine = options.engine ?? createStaticEngine();
  const runApi = options.runApi ?? 'released';
  const app = createApp({
    store,
    engine,
    runApi,
    authenticator: options.authenticator ?? stubAuthenticator,
    ...(options.now ? { now: options.now } : {}),
    ...(options.objects ? { objects: options.objects } : {}),
  });
  return {
    store,
    engine,
    async call(method, path, call = {}) {
      const headers = new Headers();
      if (call.as) headers.set('authorization', `Bearer ${call.as}`);
      let body: BodyInit | undefined = call.body ?? call.form;
      if (call.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(call.json);
      }
      const response = await app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      const parsed: unknown = text === '' ? undefined : JSON.parse(text);
      if (!call.unchecked && path.startsWith('/apis/')) {
        expectJsonContentType(response, method, path);
        for (const spec of specsFor(method, path, runApi)) {
          const result = validateResponse(spec, method, path, response.status, parsed);
          if (!result.ok)
            throw new Error(
              `${method} ${path} → ${response.status} breaks ${spec}:\n  ${result.errors.join('\n  ')}\n${text.slice(0, 1500)}`,
            );
        }
      }
      const json: Record<string, unknown> = isJsonObject(parsed) ? { ...parsed } : {};
      return { status: response.status, body: parsed, json };
    },
  };
}

function expectJsonContentType(response: Response, method: string, path: string): void {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json'))
    throw new Error(`${method} ${path}: content-type ${type}, not JSON`);
}

/** Reads `value[key]` of an unknown JSON value (tests only). */
export function field(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current =
      Array.isArray(current) && typeof key === 'number'
        ? current[key]
        : Object.entries(current).find(([k]) => k === String(key))?.[1];
  }
  return current;
}

export function text(value: unknown, ...keys: (string | number)[]): string {
  const v = field(value, ...keys);
  return typeof v === 'string' ? v : '';
}

export function items(value: unknown, key: string): unknown[] {
  const v = field(value, key);
  return Array.isArray(v) ? v : [];
}
