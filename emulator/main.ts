import { serve, type ServerType } from '@hono/node-server';
import { realpathSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { kfpAudience } from './auth/constants.ts';
import type { Authenticator } from './auth/types.ts';
import { devUsers } from './auth/users.ts';
import { createEmulatorApp, createEmulatorCore } from './emulator-app.ts';
import { createAuthenticator } from './auth/verify-token.ts';
import { startIdentityProvider, type IdentityProvider } from './idp/server.ts';
import { parseOptions, usage, UsageError, type EmulatorOptions } from './options.ts';
import { seedEmulator } from './seed/index.ts';
import { ensureDefaultExperiment } from './store/experiment-ops.ts';
import { startScheduler } from './store/scheduler.ts';

export interface RunningEmulator {
  /** Base URL of the API, e.g. http://127.0.0.1:8888 */
  readonly url: string;
  readonly issuer: string | undefined;
  /** What the store holds at start, e.g. `8 pipelines, 23 runs, 2 recurring runs`. */
  readonly contents: string;
  close(): Promise<void>;
}

function listen(server: ServerType): Promise<number> {
  return new Promise((resolve, reject) => {
    const address = (): number => {
      const a = server.address();
      return typeof a === 'object' && a !== null ? (a satisfies AddressInfo).port : 0;
    };
    if (server.listening) {
      resolve(address());
      return;
    }
    server.once('error', reject);
    server.once('listening', () => resolve(address()));
  });
}

/** Starts the identity provider (oidc mode), the store, the simulator and the API. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  let idp: IdentityProvider | undefined;
  let authenticator: Authenticator = createAuthenticator({ mode: 'none' });
  if (options.auth === 'oidc') {
    idp = await startIdentityProvider({
      port: options.idpPort,
      // Port 0 (tests) lets the provider pick a port and name its issuer after it.
      ...(options.idpPort === 0 ? {} : { issuer: `http://127.0.0.1:${options.idpPort}` }),
      redirectUris: options.redirectUris,
      postLogoutRedirectUris: options.postLogoutRedirectUris,
    });
    authenticator = createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: kfpAudience,
      jwksUri: idp.jwksUri,
    });
  }

  // Nothing is written (no compaction, no default experiment, no seed) before the port is ours: a start that
  // fails leaves the data directory as it was. Requests wait until the store is ready.
  const core = await createEmulatorCore({
    dataDir: options.dataDir,
    speed: options.speed,
    simSeed: options.simSeed,
    deferWrites: true,
  });
  const { store, engine } = core;
  const app = createEmulatorApp(core, {
    authenticator,
    runApi: options.runApi,
    ...(idp ? { logoutUrl: `${idp.issuer}/session/end` } : {}),
  });
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const server = serve({
    fetch: (request, env) => ready.then(() => app.fetch(request, env)),
    port: options.port,
    hostname: options.host,
  });
  let port: number;
  try {
    port = await listen(server);
  } catch (error) {
    await idp?.close();
    store.close();
    throw error;
  }

  let scheduler: { stop(): void };
  try {
    store.startWriting();
    // The real server creates its default experiment at start in single-user mode.
    if (options.auth === 'none') ensureDefaultExperiment(store, '', new Date());
    // Demo data on a fresh store (a restored --data-dir keeps what it has), through the API in-process.
    if (options.seed && store.pipelines.size === 0) {
      await store.bulk(() =>
        seedEmulator({
          store,
          engine,
          multiUser: options.auth === 'oidc',
          profile: options.profile,
          runApi: options.runApi,
        }),
      );
    }
    scheduler = startScheduler({ store, engine, now: () => new Date() });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await idp?.close();
    store.close();
    throw error;
  }
  markReady();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${options.host}:${port}`,
    issuer: idp?.issuer,
    contents: `${store.pipelines.size} pipelines, ${store.experiments.size} experiments, ${store.runs.size} runs, ${store.recurringRuns.size} recurring runs`,
    close() {
      closing ??= (async () => {
        scheduler.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await idp?.close();
        store.close();
      })();
      return closing;
    },
  };
}

function banner(options: EmulatorOptions, running: RunningEmulator): string {
  const lines = [
    `KFP emulator (${options.auth === 'oidc' ? 'multi-user, OIDC' : 'single-user, no login'})`,
    `  API              ${running.url}/apis/v2beta1/healthz`,
    `  UI-server calls  ${running.url}/artifacts/get, ${running.url}/k8s/pod/logs, ${running.url}/api/workgroup/env-info`,
    `  ML Metadata      ${running.url}/ml_metadata.MetadataStoreService/… (gRPC-web)`,
  ];
  if (running.issuer) {
    lines.push(`  identity         ${running.issuer}/.well-known/openid-configuration`);
    lines.push(
      `  users            ${devUsers.map((u) => `${u.username}/${u.password} (${u.namespace})`).join(', ')}`,
    );
  }
  lines.push(
    `  data             ${running.contents}; ${options.dataDir ? `persisted in ${options.dataDir}` : 'in memory'}; speed ×${options.speed}`,
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(usage);
    return;
  }
  const running = await startEmulator(options);
  process.stdout.write(`${banner(options, running)}\n`);
  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`\n${signal}: stopping the emulator\n`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
