import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type JWK } from 'oidc-provider';
import { interactionRoutes } from './interactions.ts';
import { registerPasswordGrant } from './password-grant.ts';
import { kfpResourceServer, providerConfiguration } from './provider-config.ts';

export interface IdentityProviderOptions {
  /** 0 picks a free port (tests); the emulator uses 5556. */
  readonly port: number;
  /** Defaults to 127.0.0.1 (never localhost). */
  readonly host?: string;
  /** Defaults to `http://<host>:<port actually bound>`; the emulator passes `http://127.0.0.1:5556`. */
  readonly issuer?: string;
  /** Exact redirect URIs of the dashboard client; their origins may call the token endpoint (CORS). */
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  /** Access (and ID) token lifetime; default 600 s. */
  readonly accessTokenTtlSeconds?: number;
  /** Refresh token, session and grant lifetime; default 8 h. */
  readonly refreshTokenTtlSeconds?: number;
}

export interface IdentityProvider {
  readonly issuer: string;
  readonly jwksUri: string;
  close(): Promise<void>;
}

async function rs256SigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `emulator-${Date.now().toString(36)}`, alg: 'RS256', use: 'sig' };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string')
        reject(new Error('the identity provider has no TCP address'));
      else resolve(address.port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * Starts the emulator's OpenID Connect provider (oidc-provider): users alice and bob, the public
 * PKCE client `kfp-dashboard`, JWT access tokens for `kfpAudience`, an RS256 key made at start.
 * Sessions, grants and keys live in memory; a restart signs everybody out.
 */
export async function startIdentityProvider(
  options: IdentityProviderOptions,
): Promise<IdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, options.port, host);
  try {
    const issuer = options.issuer ?? `http://${host}:${port}`;
    const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 600;
    const provider = new Provider(
      issuer,
      providerConfiguration({
        redirectUris: options.redirectUris,
        postLogoutRedirectUris: options.postLogoutRedirectUris,
        accessTokenTtlSeconds,
        refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 8 * 3600,
        signingKey: await rs256SigningKey(),
      }),
    );
    registerPasswordGrant(provider, kfpResourceServer(accessTokenTtlSeconds));
    const handleInteraction = interactionRoutes(provider);
    const handleProtocol = provider.callback();
    server.on('request', (req, res) => {
      handleInteraction(req, res)
        .then((handled) => (handled ? undefined : handleProtocol(req, res)))
        .catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(
            `identity provider error: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
    });
    return { issuer, jwksUri: `${issuer.replace(/\/$/, '')}/jwks`, close: () => close(server) };
  } catch (error) {
    await close(server);
    throw error;
  }
}
