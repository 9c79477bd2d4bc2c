import { createHash, randomBytes } from 'node:crypto';
import { dashboardClientId } from '../auth/constants.ts';

/**
 * A scripted browser for the emulator's identity provider: the authorization-code + PKCE flow with
 * plain fetch (for tests and API seeding; the dashboard itself uses oidc-client-ts).
 */
export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly idToken: string | undefined;
  readonly expiresIn: number;
}

/** `cookies`: the browser's cookies after sign-in (the provider session), as a Cookie header. */
export type SignInResult =
  { ok: true; tokens: TokenSet; cookies: string } | { ok: false; status: number; html: string };

export interface SignInOptions {
  readonly issuer: string;
  readonly redirectUri: string;
  readonly username: string;
  readonly password: string;
  readonly scope?: string;
}

class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || value === '';
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** Fetches with the jar, following redirects until one leads to `stopAt` (returned) or a page. */
async function follow(
  jar: CookieJar,
  first: Request,
  stopAt: string,
): Promise<{ response: Response; location?: string }> {
  let response = await fetch(first, { redirect: 'manual' });
  for (let hops = 0; hops < 10; hops += 1) {
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return { response };
    const next = new URL(location, response.url || first.url).toString();
    if (next.startsWith(stopAt)) return { response, location: next };
    response = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
  }
  throw new Error('too many redirects');
}

function tokenSet(body: unknown): TokenSet {
  if (typeof body !== 'object' || body === null) throw new Error('token response is not an object');
  const field = (name: string): unknown => (name in body ? Reflect.get(body, name) : undefined);
  const accessToken = field('access_token');
  const expiresIn = field('expires_in');
  if (typeof accessToken !== 'string' || typeof expiresIn !== 'number')
    throw new Error(`bad token response: ${JSON.stringify(body)}`);
  const refreshToken = field('refresh_token');
  const idToken = field('id_token');
  return {
    accessToken,
    expiresIn,
    refreshToken: typeof refreshToken === 'string' ? refreshToken : undefined,
    idToken: typeof idToken === 'string' ? idToken : undefined,
  };
}

async function tokenRequest(
  issuer: string,
  form: Record<string, string>,
  origin?: string,
): Promise<TokenSet> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (origin !== undefined) headers.origin = origin;
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
  });
  const body: unknown = await response.json();
  if (!response.ok)
    throw new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  return tokenSet(body);
}

/** Signs in as a user and exchanges the code (with its PKCE verifier) for tokens. */
export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const { issuer, redirectUri } = options;
  const jar = new CookieJar();
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const authorize = new URL(`${issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: dashboardClientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid profile email offline_access',
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    state,
    nonce: base64url(randomBytes(16)),
  }).toString();
  const { response: loginPage } = await follow(jar, new Request(authorize), redirectUri);
  const html = await loginPage.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (loginPage.status !== 200 || action === undefined)
    return { ok: false, status: loginPage.status, html };
  const submit = new Request(new URL(action.replaceAll('&amp;', '&'), loginPage.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ username: options.username, password: options.password }),
  });
  const { response, location } = await follow(jar, submit, redirectUri);
  if (location === undefined)
    return { ok: false, status: response.status, html: await response.text() };
  const callback = new URL(location);
  const code = callback.searchParams.get('code');
  if (code === null || callback.searchParams.get('state') !== state) {
    return { ok: false, status: response.status, html: `redirected without a code: ${location}` };
  }
  const tokens = await tokenRequest(issuer, {
    grant_type: 'authorization_code',
    client_id: dashboardClientId,
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  return { ok: true, tokens, cookies: jar.header() };
}

/** Trades a refresh token for new tokens (refresh tokens of public clients rotate). */
export function refreshTokens(
  issuer: string,
  refreshToken: string,
  origin?: string,
): Promise<TokenSet> {
  return tokenRequest(
    issuer,
    { grant_type: 'refresh_token', client_id: dashboardClientId, refresh_token: refreshToken },
    origin,
  );
}

/** signIn that throws unless it succeeds; for seeding and tests that only need a token. */
export async function accessTokenFor(options: SignInOptions): Promise<string> {
  const result = await signIn(options);
  if (!result.ok) throw new Error(`sign-in as ${options.username} failed with ${result.status}`);
  return result.tokens.accessToken;
}
