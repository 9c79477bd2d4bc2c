import { ParseError, Reader, describeValue, isRecord } from './parse/reader.ts';

/**
 * Runtime configuration, read from `public/config.json` at start. It is replaced at deploy time, so
 * every field is checked here and a wrong one is reported by name on a full-page message.
 */
export type AuthConfig =
  | {
      readonly mode: 'oidc';
      /** The OIDC issuer, e.g. `https://dex.example.com`. */
      readonly authority: string;
      readonly clientId: string;
      readonly scope: string;
      /** Which token goes into `Authorization: Bearer`. */
      readonly sendToken: 'access_token' | 'id_token';
    }
  | {
      /** A gateway (oauth2-proxy) holds a same-origin cookie session; no token in the app. */
      readonly mode: 'proxy';
      /** Where "Sign out" goes, e.g. `/oauth2/sign_out`; without it there is no sign-out item. */
      readonly logoutUrl?: string;
    }
  | { readonly mode: 'none' };

export type NamespacesConfig =
  | { readonly source: 'env-info'; readonly envInfoUrl: string }
  | { readonly source: 'static'; readonly list: readonly string[] };

export interface TensorboardConfig {
  /**
   * The cluster's TensorBoard for a log dir: a path on this origin or an http(s) URL, where `{logdir}`
   * and `{namespace}` are replaced (URL-encoded), e.g. `/tensorboard/?logdir={logdir}`.
   */
  readonly urlTemplate: string;
}

export interface AppConfig {
  /** Where KFP's `/apis/…`, `/artifacts/…` and `/k8s/…` live on this origin, without a trailing slash. */
  readonly kfpBaseUrl: string;
  readonly auth: AuthConfig;
  readonly namespaces: NamespacesConfig;
  /** Without it, TensorBoard outputs show their log dirs only (no link). */
  readonly tensorboard?: TensorboardConfig;
}

export class ConfigError extends Error {
  constructor(
    /** The dotted name of the bad field, e.g. `auth.clientId`. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`config.json: ${field ? `"${field}" ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

function rejectUnknownKeys(value: unknown, path: string, known: readonly string[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const field = path ? `${path}.${key}` : key;
      throw new ConfigError(field, `is not a known setting (known here: ${known.join(', ')})`);
    }
  }
}

/** A path on this origin: `/pipeline`, never `//host` or `https://…` — tokens never leave the origin. */
function sameOriginPath(r: Reader, key: string, fallback?: string): string {
  const value = r.has(key) ? r.optionalString(key) : fallback;
  const field = r.path ? `${r.path}.${key}` : key;
  if (value === undefined) throw new ParseError(field, 'a path such as "/pipeline"', undefined);
  if (value !== '' && (!value.startsWith('/') || value.startsWith('//'))) {
    throw new ParseError(field, 'a path on this origin starting with "/" (not a full URL)', value);
  }
  return value.replace(/\/+$/, '');
}

function parseAuth(value: unknown, path: string): AuthConfig {
  const r = Reader.of(value, path);
  const mode = r.raw('mode');
  switch (mode) {
    case 'oidc': {
      rejectUnknownKeys(value, path, ['mode', 'authority', 'clientId', 'scope', 'sendToken']);
      const authority = r.requiredString('authority');
      if (!/^https?:\/\/[^/]/.test(authority)) {
        throw new ParseError(`${path}.authority`, 'an http(s) URL of the OIDC issuer', authority);
      }
      return {
        mode,
        authority,
        clientId: r.requiredString('clientId'),
        scope: r.optionalString('scope') ?? 'openid profile email offline_access',
        sendToken: r.has('sendToken')
          ? r.enumOf('sendToken', ['access_token', 'id_token'])
          : 'access_token',
      };
    }
    case 'proxy': {
      rejectUnknownKeys(value, path, ['mode', 'logoutUrl']);
      return r.has('logoutUrl') ? { mode, logoutUrl: sameOriginPath(r, 'logoutUrl') } : { mode };
    }
    case 'none':
      rejectUnknownKeys(value, path, ['mode']);
      return { mode };
    default:
      throw new ParseError(`${path}.mode`, 'one of "oidc", "proxy", "none"', mode);
  }
}

function parseNamespaces(value: unknown, path: string): NamespacesConfig {
  const r = Reader.of(value, path);
  const source = r.raw('source');
  if (source === 'env-info') {
    rejectUnknownKeys(value, path, ['source', 'envInfoUrl']);
    return { source, envInfoUrl: sameOriginPath(r, 'envInfoUrl', '/api/workgroup/env-info') };
  }
  if (source === 'static') {
    rejectUnknownKeys(value, path, ['source', 'list']);
    const list = r.array('list', (item, itemPath) => {
      if (typeof item !== 'string' || item === '')
        throw new ParseError(itemPath, 'a namespace name', item);
      return item;
    });
    if (list.length === 0)
      throw new ParseError(`${path}.list`, 'a non-empty list of namespaces', r.raw('list'));
    return { source, list };
  }
  throw new ParseError(`${path}.source`, 'one of "env-info", "static"', source);
}

const TEMPLATE_PLACEHOLDERS = ['{logdir}', '{namespace}'];

function parseTensorboard(value: unknown, path: string): TensorboardConfig {
  const r = Reader.of(value, path);
  rejectUnknownKeys(value, path, ['urlTemplate']);
  const urlTemplate = r.requiredString('urlTemplate');
  const field = `${path}.urlTemplate`;
  if (!/^(https?:\/\/[^/]|\/(?!\/))/.test(urlTemplate)) {
    throw new ParseError(
      field,
      'a path starting with "/" or an http(s) URL, with {logdir} where the log dir goes',
      urlTemplate,
    );
  }
  const unknown = (urlTemplate.match(/\{[^}]*\}/g) ?? []).find(
    (placeholder) => !TEMPLATE_PLACEHOLDERS.includes(placeholder),
  );
  if (unknown !== undefined) {
    throw new ParseError(
      field,
      `a URL whose placeholders are ${TEMPLATE_PLACEHOLDERS.join(' and ')} (not ${unknown})`,
      urlTemplate,
    );
  }
  return { urlTemplate };
}

export function parseConfig(value: unknown): AppConfig {
  try {
    const r = Reader.of(value, '');
    rejectUnknownKeys(value, '', ['kfpBaseUrl', 'auth', 'namespaces', 'tensorboard']);
    const tensorboard = r.object('tensorboard', parseTensorboard);
    return {
      kfpBaseUrl: sameOriginPath(r, 'kfpBaseUrl'),
      auth: r.requiredObject('auth', parseAuth),
      namespaces: r.object('namespaces', parseNamespaces) ?? {
        source: 'env-info',
        envInfoUrl: '/api/workgroup/env-info',
      },
      ...(tensorboard ? { tensorboard } : {}),
    };
  } catch (error) {
    if (error instanceof ParseError) {
      throw new ConfigError(
        error.path,
        `should be ${error.expected}, but is ${describeValue(error.received)}`,
      );
    }
    throw error;
  }
}

/** Fetches and validates the configuration; every failure is a ConfigError that says what to fix. */
export async function loadConfig(url: string, fetchFn: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ConfigError(
      '',
      `could not be loaded from ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok)
    throw new ConfigError('', `could not be loaded from ${url}: HTTP ${response.status}`);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      '',
      `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseConfig(json);
}
