import { ParseError, type Parser } from '../parse/reader.ts';
import {
  CrossOriginRequestError,
  NetworkError,
  SessionExpiredError,
  UnexpectedResponseError,
  apiErrorFrom,
} from './errors.ts';

export type QueryValue = string | number | boolean | undefined | readonly string[];
export type Query = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  readonly query?: Query;
  readonly signal?: AbortSignal;
  /**
   * A plain 401 is the endpoint's own refusal, not an expired session: KFP's UI server answers
   * `apps/tensorboard` with 401 and a text reason when the user may not use the namespace
   * (`frontend/server/handlers/tensorboard.ts`). It becomes an ApiError with that reason; a login
   * redirect or an HTML login page still means the session expired.
   */
  readonly refusedWith401?: boolean;
}

export interface PostOptions extends RequestOptions {
  /** A JSON body, or FormData for the multipart upload endpoints. */
  readonly body?: unknown;
}

/** What the auth layer did about a 401: got a fresh token (the call is retried once) or left to sign in. */
export type UnauthorizedOutcome = 'renewed' | 'redirecting';

export interface KfpClientOptions {
  /** Where KFP lives on this origin, e.g. `/pipeline` (from config.json). */
  readonly baseUrl: string;
  /** The bearer token for every call, or null (proxy mode, no auth). */
  readonly getToken: () => Promise<string | null>;
  readonly onUnauthorized: () => Promise<UnauthorizedOutcome>;
  /** Defaults to the page's origin; the only origin requests may go to. */
  readonly origin?: string;
  /** Defaults to the global fetch; tests pass the emulator's in-process handler. */
  readonly fetch?: typeof fetch;
}

export interface KfpClient {
  readonly baseUrl: string;
  /** The only origin requests go to. */
  readonly origin: string;
  /** Resolves a path under the base URL (or a same-origin absolute URL) to a full URL. */
  url(path: string, query?: Query): URL;
  get<T>(path: string, parse: Parser<T>, options?: RequestOptions): Promise<T>;
  post<T>(path: string, parse: Parser<T>, options?: PostOptions): Promise<T>;
  patch<T>(path: string, parse: Parser<T>, options?: PostOptions): Promise<T>;
  delete<T>(path: string, parse: Parser<T>, options?: RequestOptions): Promise<T>;
  /** For the UI-server endpoints that answer plain text (logs, artifact previews). */
  getText(path: string, options?: RequestOptions): Promise<string>;
  getBytes(path: string, options?: RequestOptions): Promise<Uint8Array>;
  /** The successful response itself, for reading a large body as a stream (artifact files). */
  getStream(path: string, options?: RequestOptions): Promise<Response>;
  /** A POST or DELETE of a UI-server endpoint that answers plain text (`apps/tensorboard`). */
  sendText(method: 'POST' | 'DELETE', path: string, options?: RequestOptions): Promise<string>;
  /**
   * A same-origin request with the session's token, its 401 renewal and its error mapping, answering
   * the raw response: the fetch of the ML Metadata gRPC-web transport (src/lib/mlmd).
   */
  fetchRaw(url: string, init: RawRequestInit): Promise<Response>;
}

export interface RawRequestInit {
  readonly method: string;
  readonly headers: HeadersInit;
  readonly body?: BodyInit;
  readonly signal?: AbortSignal | undefined;
}

type Expect = 'json' | 'text' | 'bytes' | 'raw';

interface SendOptions extends PostOptions {
  readonly headers?: HeadersInit;
  readonly rawBody?: BodyInit | undefined;
}

function isAbsolute(path: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//');
}

function appendQuery(url: URL, query: Query | undefined): void {
  if (!query) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      url.searchParams.append(key, String(value));
    } else {
      for (const item of value) url.searchParams.append(key, item);
    }
  }
}

function isHtml(response: Response): boolean {
  return /\btext\/html\b/i.test(response.headers.get('content-type') ?? '');
}

/** A gateway that lost the session redirects to its login page (fetch runs with redirect: 'manual'). */
function isLoginRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * Creates the one HTTP client for KFP. Every call carries the bearer token, may only go to the page's
 * origin, and returns data checked by a parser — never an unchecked cast of the server's JSON.
 */
export function createKfpClient(options: KfpClientOptions): KfpClient {
  const origin = options.origin ?? window.location.origin;
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (isAbsolute(baseUrl) && new URL(baseUrl).origin !== origin)
    throw new CrossOriginRequestError(baseUrl);

  function url(path: string, query?: Query): URL {
    let resolved: URL;
    if (isAbsolute(path)) {
      resolved = new URL(path, origin);
    } else if (path.startsWith('/')) {
      resolved = new URL(`${baseUrl}${path}`, origin);
    } else {
      throw new Error(`A KFP path starts with "/": ${path}`);
    }
    if (resolved.origin !== origin) throw new CrossOriginRequestError(resolved.href);
    appendQuery(resolved, query);
    return resolved;
  }

  async function send(
    method: string,
    path: string,
    expect: Expect,
    opts: SendOptions,
    retried: boolean,
  ): Promise<Response> {
    const target = url(path, opts.query);
    const headers = new Headers(
      expect === 'raw' ? opts.headers : { Accept: expect === 'json' ? 'application/json' : '*/*' },
    );
    const token = await options.getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let body: BodyInit | undefined;
    if (expect === 'raw') {
      body = opts.rawBody;
    } else if (opts.body instanceof FormData) {
      body = opts.body;
    } else if (opts.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }

    let response: Response;
    try {
      response = await fetchFn(target.href, {
        method,
        headers,
        body,
        signal: opts.signal,
        redirect: 'manual',
        credentials: 'same-origin',
      });
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      throw new NetworkError(target.href, error);
    }

    const expired =
      response.status === 401 ||
      isLoginRedirect(response) ||
      ((expect === 'json' || expect === 'raw') && response.ok && isHtml(response));
    if (expired && opts.refusedWith401 === true && response.status === 401) {
      throw await apiErrorFrom(response, target.href);
    }
    if (expired) {
      await response.body?.cancel();
      if (!retried && (await options.onUnauthorized()) === 'renewed') {
        return send(method, path, expect, opts, true);
      }
      throw new SessionExpiredError(target.href);
    }
    if (!response.ok) throw await apiErrorFrom(response, target.href);
    return response;
  }

  async function json<T>(
    method: string,
    path: string,
    parse: Parser<T>,
    opts: PostOptions = {},
  ): Promise<T> {
    const response = await send(method, path, 'json', opts, false);
    const where = `${method} ${url(path).pathname}`;
    const text = await response.text();
    let data: unknown = {};
    if (text.trim() !== '') {
      try {
        data = JSON.parse(text);
      } catch {
        throw new UnexpectedResponseError(where, 'the answer is not JSON');
      }
    }
    try {
      return parse(data, '');
    } catch (error) {
      if (error instanceof ParseError) throw new UnexpectedResponseError(where, error.message);
      throw error;
    }
  }

  return {
    baseUrl,
    origin,
    url,
    get: (path, parse, opts) => json('GET', path, parse, opts),
    post: (path, parse, opts) => json('POST', path, parse, opts),
    patch: (path, parse, opts) => json('PATCH', path, parse, opts),
    delete: (path, parse, opts) => json('DELETE', path, parse, opts),
    getText: async (path, opts = {}) => (await send('GET', path, 'text', opts, false)).text(),
    sendText: async (method, path, opts = {}) =>
      (await send(method, path, 'text', opts, false)).text(),
    getBytes: async (path, opts = {}) =>
      new Uint8Array(await (await send('GET', path, 'bytes', opts, false)).arrayBuffer()),
    getStream: (path, opts = {}) => send('GET', path, 'bytes', opts, false),
    fetchRaw: (target, init) =>
      send(
        init.method,
        target,
        'raw',
        {
          headers: init.headers,
          rawBody: init.body,
          ...(init.signal ? { signal: init.signal } : {}),
        },
        false,
      ),
  };
}

/** Builds a path with every interpolated value URL-encoded: kfpPath`/apis/v2beta1/runs/${id}:archive`. */
export function kfpPath(strings: TemplateStringsArray, ...values: readonly string[]): string {
  return strings.reduce((out, part, index) => {
    const value = values[index - 1];
    return `${out}${value === undefined ? '' : encodeURIComponent(value)}${part}`;
  });
}
