import type { Context } from 'hono';
import type { Authenticator, Caller } from '../auth/types.ts';
import { ApiError } from '../lib/errors.ts';

/** What the KFP UI server answers: plain text with its hardening headers. */
export function textResponse(
  c: Context,
  status: 200 | 400 | 401 | 403 | 404 | 422 | 500,
  body: string | Uint8Array,
  contentType = 'text/plain; charset=utf-8',
): Response {
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Disposition', 'attachment');
  c.header('Content-Type', contentType);
  c.status(status);
  return typeof body === 'string' ? c.body(body) : c.body(new Uint8Array(body).buffer);
}

export type Authenticated = { caller: Caller | null } | { error: string };

/**
 * The caller of a UI-server request. The gateway in front of a real install rejects requests
 * without a valid token, so a failure here is a 401.
 */
export async function authenticate(
  authenticator: Authenticator,
  headers: Headers,
): Promise<Authenticated> {
  try {
    return { caller: await authenticator.authenticate(headers) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { error: error.message };
    throw error;
  }
}

/** Kubernetes resource names (RFC 1123 labels), as the UI server checks namespaces and buckets. */
export const isResourceName = (name: string): boolean =>
  /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name);

/** A query parameter given once; repeated parameters are an error like in the UI server. */
export function singleQuery(
  c: Context,
  name: string,
): { value: string | undefined } | { error: string } {
  const values = c.req.queries(name) ?? [];
  if (values.length > 1) return { error: `${name} must be a single string value` };
  return { value: values[0] };
}
