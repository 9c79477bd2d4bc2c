import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Child processes the benchmark starts (emulator, preview server); all stopped at the end. */
export class Servers {
  private readonly children: ChildProcess[] = [];

  start(
    name: string,
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv = {},
    cwd?: string,
  ): ChildProcess {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const lines: string[] = [];
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n'));
      lines.splice(0, Math.max(0, lines.length - 40));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => {
      if (code !== null && code !== 0)
        console.error(`${name} exited with ${code}:\n${lines.join('\n')}`);
    });
    this.children.push(child);
    return child;
  }

  stopAll(): void {
    for (const child of this.children) {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  }
}

export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function portsFree(ports: readonly number[]): Promise<number[]> {
  const busy: number[] = [];
  for (const port of ports) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      busy.push(port);
    } catch {
      // nothing listens
    }
  }
  return busy;
}

/** A copy of a build whose config.json says "no login" (KFP's UI needs a single-user server). */
export function withoutLogin(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(resolve(dir), copy, { recursive: true });
  const config: unknown = JSON.parse(readFileSync(join(copy, 'config.json'), 'utf8'));
  if (typeof config !== 'object' || config === null)
    throw new Error(`${dir}/config.json is no object`);
  writeFileSync(
    join(copy, 'config.json'),
    JSON.stringify(Object.assign(config, { auth: { mode: 'none' } })),
  );
  return copy;
}

/**
 * KFP's own UI (its `frontend/`, built as README says) served by its node server on `port`, its API and
 * ML Metadata at the emulator on `apiPort`, as a cluster wires them (ML_PIPELINE_SERVICE_*,
 * METADATA_ENVOY_SERVICE_*); `env` adds to that (the object store, a kubeconfig).
 */
export function startKfpUi(
  servers: Servers,
  dir: string,
  port: number,
  apiPort: number,
  env: NodeJS.ProcessEnv = {},
): ChildProcess {
  return servers.start(
    'kfp-ui',
    'node',
    ['server/dist/server.js', 'build', String(port)],
    {
      ML_PIPELINE_SERVICE_SCHEME: 'http',
      ML_PIPELINE_SERVICE_HOST: '127.0.0.1',
      ML_PIPELINE_SERVICE_PORT: String(apiPort),
      METADATA_ENVOY_SERVICE_SERVICE_HOST: '127.0.0.1',
      METADATA_ENVOY_SERVICE_SERVICE_PORT: String(apiPort),
      ...env,
    },
    resolve(dir),
  );
}
