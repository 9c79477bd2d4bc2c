import { randomBytes } from 'node:crypto';
import { errors, type Configuration, type JWK, type ResourceServer } from 'oidc-provider';
import { cliClientId, dashboardClientId, kfpAudience } from '../auth/constants.ts';
import { findDevUser } from '../auth/users.ts';
import { errorPage, logoutPage, signedOutPage } from './pages.ts';

export interface ProviderSettings {
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /** Private RS256 signing key (JWK with `kid`, `alg`, `use`). */
  readonly signingKey: JWK;
}

/** Scopes of the KFP API resource server; they appear as `scope` in the JWT access token. */
const apiScopes = 'openid profile email';

/** The KFP API as a resource server: JWT access tokens with its audience and scopes. */
export function kfpResourceServer(accessTokenTtlSeconds: number): ResourceServer {
  return {
    scope: apiScopes,
    audience: kfpAudience,
    accessTokenFormat: 'jwt',
    accessTokenTTL: accessTokenTtlSeconds,
    jwt: { sign: { alg: 'RS256' } },
  };
}

/** Origins allowed to call the token endpoint from a browser: those of the redirect URIs. */
export function originsOf(uris: readonly string[]): Set<string> {
  return new Set(uris.flatMap((uri) => URL.parse(uri)?.origin ?? []));
}

function userClaims(accountId: string): Record<string, string | boolean> | undefined {
  const user = findDevUser(accountId);
  if (!user) return undefined;
  return {
    preferred_username: user.username,
    name: user.name,
    email: user.email,
    email_verified: true,
  };
}

/**
 * oidc-provider configuration for the emulator: one public PKCE client (`kfp-dashboard`), the dev
 * users, JWT access tokens for the KFP API audience (resource indicators with a default resource,
 * so the dashboard needs not send `resource`), refresh tokens, RP-initiated logout. Everything is
 * kept in memory (oidc-provider's default adapter).
 */
export function providerConfiguration(settings: ProviderSettings): Configuration {
  const corsOrigins = originsOf(settings.redirectUris);
  return {
    clients: [
      {
        client_id: dashboardClientId,
        client_name: 'Kubeflow Pipelines',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: [...settings.redirectUris],
        post_logout_redirect_uris: [...settings.postLogoutRedirectUris],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: 'openid profile email offline_access',
      },
      {
        // Scripts trade a user's name and password for a token here (see password-grant.ts); the
        // grant type is registered on the provider before the first client lookup validates this.
        client_id: cliClientId,
        client_name: 'KFP scripts (direct access grants)',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: [],
        grant_types: ['password'],
        response_types: [],
        scope: 'openid profile email',
      },
    ],
    jwks: { keys: [settings.signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    findAccount: (_ctx, sub) => {
      const claims = userClaims(sub);
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    // The API reads the user from the access token alone.
    extraTokenClaims: (_ctx, token) =>
      'accountId' in token ? userClaims(token.accountId) : undefined,
    // A public client gets a refresh token whenever it may use the grant: oidc-provider drops
    // `offline_access` unless the request says prompt=consent, which oidc-client-ts does not send.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin, client) =>
      corsOrigins.has(origin) &&
      client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) === true,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => kfpAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== kfpAudience)
            throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return kfpResourceServer(settings.accessTokenTtlSeconds);
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description ?? 'The sign-in request failed.');
    },
    ttl: {
      AccessToken: settings.accessTokenTtlSeconds,
      IdToken: settings.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 600,
      RefreshToken: settings.refreshTokenTtlSeconds,
      Session: settings.refreshTokenTtlSeconds,
      Grant: settings.refreshTokenTtlSeconds,
    },
  };
}
