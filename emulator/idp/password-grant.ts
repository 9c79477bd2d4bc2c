import type Provider from 'oidc-provider';
import type { ResourceServer, TokenEndpointGrantContext } from 'oidc-provider';
import { kfpAudience } from '../auth/constants.ts';
import { checkDevUserPassword } from '../auth/users.ts';

/** Scopes a password-grant token carries (the same as the dashboard's tokens for the KFP API). */
const scopes = 'openid profile email';

interface PasswordParams {
  readonly username?: string;
  readonly password?: string;
}

/**
 * Keycloak's "direct access grants" (the OAuth 2.0 resource owner password grant), for scripts
 * such as the tutorial's `get_access_token()`: `POST <token endpoint>` with `grant_type=password`,
 * `client_id`, `username`, `password`. Only clients that list `password` in their grant types may
 * use it (the CLI client, never the dashboard's). A wrong user or password answers what Keycloak
 * answers: 401 `{"error":"invalid_grant","error_description":"Invalid user credentials"}`
 * (keycloak/services/…/ResourceOwnerPasswordCredentialsGrantType: AuthenticationFlowError.INVALID_USER
 * / INVALID_CREDENTIALS → Errors.INVALID_USER_CREDENTIALS, status 401).
 *
 * The access token is the same JWT the authorization-code flow gives: audience `kfpAudience`, the
 * user's claims, signed with the provider's key.
 */
export function registerPasswordGrant(provider: Provider, kfpApi: ResourceServer): void {
  provider.registerGrantType<PasswordParams>(
    'password',
    async (ctx: TokenEndpointGrantContext<PasswordParams>) => {
      const { client, params } = ctx.oidc;
      const user = checkDevUserPassword(params.username ?? '', params.password ?? '');
      if (!user) {
        ctx.status = 401;
        ctx.body = { error: 'invalid_grant', error_description: 'Invalid user credentials' };
        return;
      }
      const grant = new provider.Grant({ accountId: user.username, clientId: client.clientId });
      grant.addOIDCScope(scopes);
      grant.addResourceScope(kfpAudience, scopes);
      const grantId = await grant.save();
      const token = new provider.AccessToken({
        accountId: user.username,
        client,
        grantId,
        gty: 'password',
        scope: scopes,
        resourceServer: new provider.ResourceServer(kfpAudience, kfpApi),
      });
      const accessToken = await token.save();
      ctx.body = {
        access_token: accessToken,
        expires_in: token.expiration,
        token_type: 'Bearer',
        scope: scopes,
      };
    },
    ['username', 'password', 'scope', 'resource'],
    ['resource'],
  );
}
