import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

/**
 * HealthzService. The answers follow the official swagger exactly: v2beta1 GetHealthzResponse is
 * `{multi_user, pipeline_store}`, v1beta1 `{multi_user}` (commit_sha/tag_name are not in the
 * current protos). Served without authentication, so the dashboard can learn the mode first.
 */
export function healthzRoutes(multiUser: boolean): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/apis/v2beta1/healthz', (c) =>
    c.json({ multi_user: multiUser, pipeline_store: 'database' }),
  );
  app.get('/apis/v1beta1/healthz', (c) => c.json({ multi_user: multiUser }));
  return app;
}

export const publicPaths: ReadonlySet<string> = new Set([
  '/apis/v2beta1/healthz',
  '/apis/v1beta1/healthz',
]);
