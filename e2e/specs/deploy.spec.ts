import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '../fixtures.ts';
import {
  NGINX_UID,
  nginxMissing,
  PLACEHOLDER_ISSUER,
  startNginx,
  type RunningNginx,
} from '../../scripts/nginx.ts';

/** The production build the preview server serves (playwright.config.ts builds it before any test). */
const dist = new URL('../../dist/', import.meta.url).pathname;
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
];
const DEV_ISSUER = 'http://127.0.0.1:5556';

function asset(): string {
  const name = readdirSync(new URL('assets/', `file://${dist}`)).find((file) =>
    file.endsWith('.js'),
  );
  if (!name) throw new Error('the build has no script asset');
  return `/assets/${name}`;
}

/** The build's largest script that has a precompressed copy (scripts/precompress.ts). */
function largestPrecompressedScript(): string {
  const assets = new URL('assets/', `file://${dist}`);
  const [largest] = readdirSync(assets)
    .filter((file) => file.endsWith('.js.gz'))
    .map((file) => ({
      file: file.slice(0, -'.gz'.length),
      size: readFileSync(new URL(file, assets)).length,
    }))
    .sort((a, b) => b.size - a.size);
  if (!largest) throw new Error('the build has no precompressed script');
  return largest.file;
}

/** A GET whose body comes as sent (fetch would undo the gzip). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** Paths and the cache rule each must keep, next to the security headers. */
const pages = (): ReadonlyArray<readonly [path: string, cacheControl: string]> => [
  ['/', 'no-cache'],
  ['/runs/0a1b2c3d?ns=kubeflow-alice&tab=logs', 'no-cache'],
  ['/config.json', 'no-store'],
  [asset(), 'public, max-age=31536000, immutable'],
];

async function headersOf(url: string): Promise<Headers> {
  const response = await fetch(url);
  await response.body?.cancel();
  expect(response.status, url).toBe(200);
  return response.headers;
}

function securityHeaders(headers: Headers): Record<string, string | null> {
  return Object.fromEntries(SECURITY_HEADERS.map((name) => [name, headers.get(name)]));
}

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

test.describe('the deployed app (deploy/nginx.conf under Debian nginx, as uid 101)', () => {
  let nginx: RunningNginx | undefined;

  test.beforeAll(async () => {
    if (!nginxMissing()) nginx = await startNginx(dist);
  });
  test.afterAll(async () => {
    await nginx?.stop();
  });

  test('sends the security headers on every response, with the cache rules kept', async () => {
    test.skip(!nginx, 'nginx is not installed (apt-get install -y nginx-light)');
    const server = nginx?.url ?? '';
    for (const [path, cacheControl] of pages()) {
      const headers = await headersOf(`${server}${path}`);
      expect(headers.get('cache-control'), path).toBe(cacheControl);
      const csp = directives(headers.get('content-security-policy'));
      expect(csp.get('script-src'), path).toBe("'self'");
      expect(csp.get('default-src'), path).toBe("'self'");
      expect(csp.get('object-src'), path).toBe("'none'");
      expect(csp.get('frame-ancestors'), path).toBe("'none'");
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('same-origin');
    }
    // A missing asset is a 404 with the same headers, never the app's page.
    const missing = await fetch(`${server}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(directives(missing.headers.get('content-security-policy')).get('script-src')).toBe(
      "'self'",
    );
  });

  test('sends the scripts gzipped as the build wrote them, and the page gzipped per request', async () => {
    test.skip(!nginx, 'nginx is not installed (apt-get install -y nginx-light)');
    const server = nginx?.url ?? '';
    const script = largestPrecompressedScript();
    const built = new URL(`assets/${script}`, `file://${dist}`);
    const gzipped = await rawGet(`${server}/assets/${script}`, { 'accept-encoding': 'gzip, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    // The build's own .gz (level 9), not compressed again on the way.
    expect(gzipped.body.equals(readFileSync(new URL(`${built.href}.gz`)))).toBe(true);
    // A client that takes no gzip gets the file itself.
    const plain = await rawGet(`${server}/assets/${script}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(built))).toBe(true);
    // index.html has no .gz (a deployment may replace it): gzipped per request.
    const page = await rawGet(`${server}/runs`, { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(
      readFileSync(new URL('index.html', `file://${dist}`), 'utf8'),
    );
  });

  test('serves the web-app viewer under its own sandboxing policy, framable by the app only', async () => {
    test.skip(!nginx, 'nginx is not installed (apt-get install -y nginx-light)');
    const headers = await headersOf(`${nginx?.url ?? ''}/web-app-viewer.html`);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp.startsWith('sandbox allow-scripts;')).toBe(true);
    expect(directives(csp).get('frame-ancestors')).toBe("'self'");
    expect(directives(csp).get('connect-src')).toBe("'none'");
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('runs unprivileged: as uid 101, writing only to its /tmp', () => {
    test.skip(!nginx, 'nginx is not installed (apt-get install -y nginx-light)');
    const status = readFileSync(`/proc/${nginx?.pid ?? -1}/status`, 'utf8');
    const uids = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    if (process.getuid?.() === 0) expect(Number(uids)).toBe(NGINX_UID);
    // Its pid file and temp directories are in the writable directory (the container's emptyDir).
    expect(readdirSync(nginx?.writableDir ?? '').sort()).toEqual([
      'client_temp',
      'fastcgi_temp',
      'nginx.pid',
      'proxy_temp',
      'scgi_temp',
      'uwsgi_temp',
    ]);
    expect(nginx?.log() ?? '').not.toMatch(/\[(emerg|alert|crit)\]/);
  });

  test('the preview server (what e2e tests) sends what nginx sends', async ({ baseURL }) => {
    test.skip(!nginx, 'nginx is not installed (apt-get install -y nginx-light)');
    for (const path of [...pages().map(([page]) => page), '/web-app-viewer.html']) {
      const fromNginx = securityHeaders(await headersOf(`${nginx?.url ?? ''}${path}`));
      const fromPreview = securityHeaders(await headersOf(`${baseURL ?? ''}${path}`));
      const csp = fromNginx['content-security-policy'] ?? '';
      expect(fromPreview, path).toEqual({
        ...fromNginx,
        'content-security-policy': csp.split(PLACEHOLDER_ISSUER).join(DEV_ISSUER),
      });
    }
  });
});

test("the app's policy blocks an inline script in its own page", async ({
  page,
  signIn,
  errorGuard,
}) => {
  errorGuard.allow(/Executing inline script violates the following Content Security Policy/);
  await signIn('alice', '/runs');
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({
            ran: Reflect.get(window, '__inline') === true,
            violated: event.effectiveDirective,
          }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.head.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
});
