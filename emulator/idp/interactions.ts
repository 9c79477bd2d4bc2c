import type { IncomingMessage, ServerResponse } from 'node:http';
import type { default as Provider, Interaction } from 'oidc-provider';
import { checkDevUserPassword } from '../auth/users.ts';
import { errorPage, loginPage } from './pages.ts';

const clientName = 'Kubeflow Pipelines';

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(html);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Consent is implied for the first-party dashboard client: grant whatever the consent prompt
 * says is missing (OIDC scopes, claims, the KFP API's resource scopes) and finish.
 */
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
): Promise<void> {
  const accountId = details.session?.accountId;
  const clientId = details.params.client_id;
  if (accountId === undefined || typeof clientId !== 'string')
    throw new Error('consent without a signed-in user');
  const existing =
    details.grantId === undefined ? undefined : await provider.Grant.find(details.grantId);
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const missing = details.prompt.details;
  const scopes = stringList(missing.missingOIDCScope);
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  const claims = stringList(missing.missingOIDCClaims);
  if (claims.length > 0) grant.addOIDCClaims(claims);
  const resourceScopes = missing.missingResourceScopes;
  if (typeof resourceScopes === 'object' && resourceScopes !== null) {
    for (const [indicator, list] of Object.entries(resourceScopes))
      grant.addResourceScope(indicator, stringList(list).join(' '));
  }
  const grantId = await grant.save();
  const consent = existing ? {} : { grantId };
  await provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
}

async function submitLogin(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') throw new Error('this sign-in step is not a login');
  const form = await readForm(req);
  const username = form.get('username')?.trim() ?? '';
  const user = checkDevUserPassword(username, form.get('password') ?? '');
  if (!user) {
    const html = loginPage({
      action: `/interaction/${uid}/login`,
      clientName,
      username,
      error: 'Invalid username or password.',
    });
    sendHtml(res, 401, html);
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: user.username } },
    { mergeWithLastSubmission: false },
  );
}

async function showInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    sendHtml(res, 200, loginPage({ action: `/interaction/${uid}/login`, clientName }));
    return;
  }
  if (details.prompt.name === 'consent') {
    await grantConsent(provider, req, res, details);
    return;
  }
  throw new Error(`unsupported prompt ${details.prompt.name}`);
}

/**
 * The interaction routes oidc-provider sends the browser to (`interactions.url`):
 * `GET /interaction/:uid` shows the login form (or grants consent), `POST /interaction/:uid/login`
 * checks the password. Returns false for any other request, which then goes to oidc-provider.
 */
export function interactionRoutes(provider: Provider) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://idp.invalid').pathname;
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
    if (!match?.[1]) return false;
    const uid = match[1];
    try {
      if (req.method === 'GET' && match[2] === undefined)
        await showInteraction(provider, req, res, uid);
      else if (req.method === 'POST' && match[2] === '/login')
        await submitLogin(provider, req, res, uid);
      else sendHtml(res, 405, errorPage('Method not allowed', `${req.method ?? ''} ${path}`));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        sendHtml(
          res,
          400,
          errorPage('Sign-in failed', `${message}. Start again from the dashboard.`),
        );
    }
    return true;
  };
}
