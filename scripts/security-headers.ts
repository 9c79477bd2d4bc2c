import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * The security headers of deploy/nginx/*.conf, read from those files so the Vite dev and preview servers send
 * exactly what nginx sends (one definition; e2e/specs/deploy.spec.ts compares the two servers' answers).
 */
export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/** The placeholder issuer origin in security-headers.conf that a cluster replaces by its own. */
export const ISSUER_PLACEHOLDER = 'https://keycloak.example.com';
/** The page untrusted web-app HTML runs in (public/web-app-viewer.html), with its own headers. */
export const WEB_APP_VIEWER_PATH = '/web-app-viewer.html';

const deployDir = new URL('../deploy/nginx/', import.meta.url);

/** The `add_header NAME "VALUE" always;` lines of an nginx include file, in order. */
export function parseAddHeaders(conf: string): HeaderList {
  const headers: Array<readonly [string, string]> = [];
  for (const line of conf.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;$/.exec(trimmed);
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`unexpected line in a header file: ${trimmed}`);
    headers.push([match[1], match[2]]);
  }
  return headers;
}

/** The issuer origin of public/config.json (OIDC mode), or undefined. */
export function issuerOrigin(configJson: string): string | undefined {
  const config: unknown = JSON.parse(configJson);
  const auth: unknown = typeof config === 'object' && config ? Reflect.get(config, 'auth') : null;
  const authority: unknown =
    typeof auth === 'object' && auth ? Reflect.get(auth, 'authority') : null;
  return typeof authority === 'string' ? new URL(authority).origin : undefined;
}

/** The app's headers with the placeholder issuer replaced (or dropped) and, in dev, a script nonce added. */
export function appHeaders(
  conf: string,
  issuer: string | undefined,
  scriptNonce?: string,
): HeaderList {
  return parseAddHeaders(conf).map(([name, value]) => {
    if (name !== 'Content-Security-Policy') return [name, value];
    let csp = value.split(` ${ISSUER_PLACEHOLDER}`).join(issuer ? ` ${issuer}` : '');
    if (scriptNonce)
      csp = csp.replace("script-src 'self'", `script-src 'self' 'nonce-${scriptNonce}'`);
    return [name, csp];
  });
}

function readDeployFile(name: string): string {
  return readFileSync(new URL(name, deployDir), 'utf8');
}

function middleware(app: HeaderList, viewer: HeaderList) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '/').split('?')[0];
    for (const [name, value] of path === WEB_APP_VIEWER_PATH ? viewer : app)
      res.setHeader(name, value);
    next();
  };
}

/**
 * Sends nginx's security headers from the dev and preview servers. The dev server alone adds a per-start
 * nonce to script-src for the inline React Refresh preamble (Vite puts it on the scripts it injects).
 */
export function securityHeadersPlugin(): Plugin {
  const issuer = issuerOrigin(
    readFileSync(new URL('../public/config.json', import.meta.url), 'utf8'),
  );
  const nonce = randomBytes(16).toString('base64');
  const viewer = parseAddHeaders(readDeployFile('web-app-headers.conf'));
  const appConf = readDeployFile('security-headers.conf');
  return {
    name: 'kfp-dashboard:security-headers',
    config(_config, env) {
      return env.command === 'serve' && !env.isPreview ? { html: { cspNonce: nonce } } : {};
    },
    configureServer(server) {
      server.middlewares.use(middleware(appHeaders(appConf, issuer, nonce), viewer));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(appHeaders(appConf, issuer), viewer));
    },
  };
}
