import { parseArgs } from 'node:util';
import type { RunApi } from './http/env.ts';

/** Command-line options of `tsx emulator/main.ts` (and `npm run emulator -- …`). */
export interface EmulatorOptions {
  readonly port: number;
  readonly host: string;
  readonly auth: 'oidc' | 'none';
  readonly dataDir: string | undefined;
  readonly seed: boolean;
  readonly profile: 'default' | 'large';
  /** Simulated time runs this many times faster than the wall clock. */
  readonly speed: number;
  /** Seed of the run simulator's random rolls. */
  readonly simSeed: number;
  readonly idpPort: number;
  /**
   * `released`: KFP 2.17/2.18 (run_details.task_details from the Argo workflow's nodes);
   * `next`: KFP master after PR #13986 (`?view=FULL` → tasks[], `/runs/{id}/tasks`).
   */
  readonly runApi: RunApi;
  /** Exact redirect URIs of the dashboard's OIDC client. */
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

export const usage = `Usage: tsx emulator/main.ts [options]

  --port N                     API port (default 8888)
  --host H                     bind address (default 127.0.0.1)
  --auth oidc|none             multi-user with the built-in identity provider (default), or single-user without login
  --data-dir DIR               persist everything under DIR and restore it on start (default: in memory)
  --no-seed                    start empty instead of loading the demo data
  --profile default|large      seed profile; large adds 10,000 runs, a 1,000-task pipeline, a 100,000-line log
                               and 500 runs writing 5,000 ML Metadata artifacts (kubeflow-alice)
  --speed N                    simulated time runs N times faster than real time (default 1)
  --sim-seed N                 seed of the run simulator (default 1)
  --idp-port N                 identity provider port (default 5556)
  --run-api released|next      run details like KFP 2.17/2.18 (task_details from Argo nodes, default) or
                               unreleased KFP master (PR #13986: tasks[] with ?view=FULL, /runs/{id}/tasks)
  --redirect-uri URI           allowed OIDC redirect URI (repeatable; env KFP_REDIRECT_URIS, comma-separated)
  --post-logout-redirect-uri URI   allowed post-logout redirect URI (repeatable; env KFP_POST_LOGOUT_REDIRECT_URIS)
  --help                       this text
`;

export const defaultRedirectUris = [
  'http://127.0.0.1:5173/auth/callback',
  'http://127.0.0.1:4173/auth/callback',
];
export const defaultPostLogoutRedirectUris = ['http://127.0.0.1:5173/', 'http://127.0.0.1:4173/'];

export class UsageError extends Error {
  override name = 'UsageError';
}

function integer(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    );
  return n;
}

function list(
  flags: readonly string[] | undefined,
  env: string | undefined,
  fallback: readonly string[],
): readonly string[] {
  if (flags && flags.length > 0) return flags;
  const fromEnv = (env ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return fromEnv.length > 0 ? fromEnv : fallback;
}

function checkUris(name: string, uris: readonly string[]): void {
  for (const uri of uris) {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      throw new UsageError(`--${name}: ${JSON.stringify(uri)} is not a URL`);
    }
    if (url.hostname === 'localhost')
      throw new UsageError(`--${name}: use 127.0.0.1, not localhost (${uri})`);
  }
}

/** Parses argv (without the node and script entries); throws UsageError with a clear message. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): EmulatorOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        auth: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-seed': { type: 'boolean' },
        profile: { type: 'string' },
        speed: { type: 'string' },
        'sim-seed': { type: 'string' },
        'idp-port': { type: 'string' },
        'run-api': { type: 'string' },
        'redirect-uri': { type: 'string', multiple: true },
        'post-logout-redirect-uri': { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const auth = values.auth ?? 'oidc';
  if (auth !== 'oidc' && auth !== 'none')
    throw new UsageError(`--auth must be oidc or none, got ${JSON.stringify(auth)}`);
  const profile = values.profile ?? 'default';
  if (profile !== 'default' && profile !== 'large')
    throw new UsageError(`--profile must be default or large, got ${JSON.stringify(profile)}`);
  const runApi = values['run-api'] ?? 'released';
  if (runApi !== 'released' && runApi !== 'next')
    throw new UsageError(`--run-api must be released or next, got ${JSON.stringify(runApi)}`);
  const speed = Number(values.speed ?? '1');
  if (!Number.isFinite(speed) || speed <= 0)
    throw new UsageError(`--speed must be a positive number, got ${JSON.stringify(values.speed)}`);
  const host = values.host ?? '127.0.0.1';
  if (host === 'localhost') throw new UsageError('--host: use 127.0.0.1, not localhost');
  const redirectUris = list(values['redirect-uri'], env.KFP_REDIRECT_URIS, defaultRedirectUris);
  const postLogoutRedirectUris = list(
    values['post-logout-redirect-uri'],
    env.KFP_POST_LOGOUT_REDIRECT_URIS,
    defaultPostLogoutRedirectUris,
  );
  checkUris('redirect-uri', redirectUris);
  checkUris('post-logout-redirect-uri', postLogoutRedirectUris);
  return {
    port: integer('port', values.port, 8888, 0, 65535),
    host,
    auth,
    dataDir: values['data-dir'],
    seed: !values['no-seed'],
    profile,
    speed,
    simSeed: integer('sim-seed', values['sim-seed'], 1, 0, 2 ** 31 - 1),
    idpPort: integer('idp-port', values['idp-port'], 5556, 0, 65535),
    runApi,
    redirectUris,
    postLogoutRedirectUris,
  };
}
