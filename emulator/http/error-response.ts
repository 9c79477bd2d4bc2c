import type { Context } from 'hono';
import { errorBody, type ApiError } from '../lib/errors.ts';

/** An ApiError as grpc-gateway answers it (lib/errors.ts has the body). */
export function sendError(c: Context, error: ApiError): Response {
  return c.json(errorBody(error), error.status);
}

/** Body of the upload endpoints' errors (pipelines/upload, pipelines/upload_version). */
export function uploadError(c: Context, error: ApiError): Response {
  return c.json({ error_message: error.message, error_details: error.message }, error.status);
}
