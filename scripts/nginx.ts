import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx (`apt-get install -y nginx-light`; .ci/run installs it). */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The container's user (deploy/Dockerfile, deploy/kustomize/deployment.yaml). */
export const NGINX_UID = 101;

const deploy = new URL('../deploy/', import.meta.url);

/** Whether to skip: only outside CI, where nginx may be missing; under CI a missing nginx is a failure. */
export function nginxMissing(): boolean {
  if (existsSync(NGINX)) return false;
  if (process.env.CI) throw new Error(`${NGINX} is missing: CI installs nginx-light (.ci/run)`);
  return true;
}

export interface RunningNginx {
  readonly url: string;
  /** The only directory nginx may write to (the container's /tmp emptyDir). */
  readonly writableDir: string;
  readonly pid: number;
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Replaces a path the container uses by the test's, insisting it is there (a changed config must fail loudly). */
function relocate(conf: string, from: string, to: string): string {
  if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer mentions ${from}`);
  return conf.split(from).join(to);
}

async function answering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx does not answer on ${url}: ${log()}`);
}

export interface NginxOptions {
  /** Listen here instead of a free port. */
  readonly port?: number;
  /**
   * Stand in for the Kubeflow gateway in front of the container: `/pipeline/` (prefix stripped),
   * `/api/workgroup/` and `/ml_metadata` go to this origin (the emulator), as the dev and preview
   * servers' proxy does (vite.config.ts); for the benchmark, which measures the deployed server.
   */
  readonly gateway?: string;
  /** The OIDC issuer's origin the policy names, in place of the placeholder a cluster replaces. */
  readonly issuer?: string;
}

/** The placeholder issuer of deploy/nginx/security-headers.conf (a cluster puts its own there). */
export const PLACEHOLDER_ISSUER = 'https://keycloak.example.com';

function gatewayLocations(upstream: string): string {
  return [
    // Streamed as it comes (logs, large artifacts), as the gateway's Envoy does.
    'proxy_buffering off;',
    `location ^~ /pipeline/ { proxy_pass ${upstream}/; }`,
    `location ^~ /api/workgroup/ { proxy_pass ${upstream}; }`,
    `location ^~ /ml_metadata { proxy_pass ${upstream}; }`,
  ].join('\n    ');
}

/**
 * Serves `dist` with the project's own deploy/nginx.conf under Debian's nginx, as the container does: as uid 101
 * (when the test runs as root), with the config and the files read-only to it and only its /tmp writable. Only
 * the container's paths and port are moved into a fresh temporary directory (and, with options, the gateway's
 * routes added and the issuer filled in).
 */
export async function startNginx(dist: string, options: NginxOptions = {}): Promise<RunningNginx> {
  const root = mkdtempSync(join(tmpdir(), 'kfp-nginx-'));
  chmodSync(root, 0o755);
  const html = join(root, 'html');
  const confDir = join(root, 'conf');
  const writableDir = join(root, 'tmp');
  cpSync(dist, html, { recursive: true });
  // Readable to nginx's user even when `dist` is a private temporary copy (mkdtemp makes it 0700).
  chmodSync(html, 0o755);
  cpSync(new URL('nginx/', deploy), join(confDir, 'kfp-dashboard'), { recursive: true });
  if (options.issuer !== undefined) {
    const headers = join(confDir, 'kfp-dashboard', 'security-headers.conf');
    writeFileSync(
      headers,
      relocate(readFileSync(headers, 'utf8'), PLACEHOLDER_ISSUER, options.issuer),
    );
  }
  mkdirSync(writableDir, { mode: 0o700 });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(writableDir, NGINX_UID, NGINX_UID);
  const port = options.port ?? (await freePort());
  let conf = readFileSync(new URL('nginx.conf', deploy), 'utf8');
  conf = relocate(
    conf,
    'listen 8080;',
    options.gateway === undefined
      ? `listen 127.0.0.1:${port};`
      : `listen 127.0.0.1:${port};\n    ${gatewayLocations(options.gateway)}`,
  );
  conf = relocate(conf, ' /tmp/', ` ${writableDir}/`);
  conf = relocate(conf, '/usr/share/nginx/html', html);
  conf = relocate(conf, '/etc/nginx/kfp-dashboard/', `${join(confDir, 'kfp-dashboard')}/`);
  writeFileSync(join(confDir, 'nginx.conf'), conf);
  const args = ['-c', join(confDir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'];
  // The access log goes to /dev/stdout, which nginx reopens: a file (of its user, like the container's log
  // stream), since a socket cannot be reopened. It lies outside the directory nginx may write to.
  const accessLog = join(root, 'access.log');
  const logFd = openSync(accessLog, 'w');
  if (asRoot) chownSync(accessLog, NGINX_UID, NGINX_UID);
  const stdio: StdioOptions = ['ignore', logFd, 'pipe'];
  const child = asRoot
    ? spawn(
        'setpriv',
        [`--reuid=${NGINX_UID}`, `--regid=${NGINX_UID}`, '--clear-groups', NGINX, ...args],
        { stdio },
      )
    : spawn(NGINX, args, { stdio });
  closeSync(logFd);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  const url = `http://127.0.0.1:${port}`;
  await answering(url, child, log);
  return {
    url,
    writableDir,
    pid: child.pid ?? -1,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
