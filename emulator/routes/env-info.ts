import { Hono } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import { sendError } from '../http/error-response.ts';
import { ApiError } from '../lib/errors.ts';

export interface EnvInfoOptions {
  /** Where the dashboard sends the user to sign out (the identity provider's end-session endpoint). */
  readonly logoutUrl?: string;
  readonly kubeflowVersion?: string;
}

/** The user of `--auth none` mode: no login, no profiles (a single-user KFP has no namespaces). */
export const anonymousUser = 'anonymous@kubeflow.org';

export interface EnvInfo {
  user: string;
  platform: { kubeflowVersion: string; provider: string; providerName: string; logoutUrl: string };
  namespaces: { user: string; namespace: string; role: 'owner' }[];
  isClusterAdmin: boolean;
}

/**
 * The Kubeflow central dashboard's `GET /api/workgroup/env-info`: who the caller is and which
 * profile namespaces they may work in. Like the real one, the user is the e-mail address (what the
 * gateway puts in `kubeflow-userid`). 401 without a valid bearer token in `oidc` mode; in `none`
 * mode the anonymous user with no namespaces.
 */
export function envInfoRoutes(authenticator: Authenticator, options: EnvInfoOptions = {}): Hono {
  const platform = {
    kubeflowVersion: options.kubeflowVersion ?? '1.10.0',
    provider: 'other://',
    providerName: 'other',
    logoutUrl: options.logoutUrl ?? '/logout',
  };
  const app = new Hono();
  app.get('/api/workgroup/env-info', async (c) => {
    try {
      const caller = await authenticator.authenticate(c.req.raw.headers);
      const user = caller?.email ?? anonymousUser;
      const body: EnvInfo = {
        user,
        platform,
        namespaces: (caller?.namespaces ?? []).map((namespace) => ({
          user,
          namespace,
          role: 'owner',
        })),
        isClusterAdmin: false,
      };
      return c.json(body);
    } catch (error) {
      if (error instanceof ApiError) return sendError(c, error);
      throw error;
    }
  });
  return app;
}
