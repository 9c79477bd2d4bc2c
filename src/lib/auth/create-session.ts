import type { AuthConfig } from '../config.ts';
import { createOidcSession } from './oidc-session.ts';
import { createSimpleSession } from './simple-session.ts';
import type { AuthSession } from './types.ts';

export function createAuthSession(
  config: AuthConfig,
  origin: string = window.location.origin,
): AuthSession {
  return config.mode === 'oidc' ? createOidcSession(config, origin) : createSimpleSession(config);
}
