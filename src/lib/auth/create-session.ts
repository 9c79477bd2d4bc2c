import type { AuthConfig } from '../config.ts';
import { createSimpleSession } from './simple-session.ts';
import type { AuthSession } from './types.ts';

/**
 * The session of the configured auth mode. oidc-client-ts (about 40 % of the entry's code) is loaded
 * only by the mode that signs in, so the `none` and `proxy` modes start without it; index.html
 * modulepreloads its chunk (`oidc`, vite.config.ts), so the `oidc` mode does not wait for it either.
 */
export async function createAuthSession(
  config: AuthConfig,
  origin: string = window.location.origin,
): Promise<AuthSession> {
  if (config.mode !== 'oidc') return createSimpleSession(config);
  const { createOidcSession } = await import('./oidc-session.ts');
  return createOidcSession(config, origin);
}
