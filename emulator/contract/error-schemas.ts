import type { JsonObject } from '../lib/json.ts';

/**
 * grpc-gateway's HTTP status for each gRPC code (runtime.HTTPStatusFromCode). The real server
 * answers an error with the status that belongs to its `code`; a mismatch is a contract bug.
 */
export const httpStatusOfGrpcCode: Readonly<Record<number, number>> = {
  1: 499,
  2: 500,
  3: 400,
  4: 504,
  5: 404,
  6: 409,
  7: 403,
  8: 429,
  9: 400,
  10: 409,
  11: 400,
  12: 501,
  13: 500,
  14: 503,
  15: 500,
  16: 401,
};

/** Templates of the upload endpoints, served by a plain HTTP handler rather than grpc-gateway. */
export function isUploadTemplate(template: string): boolean {
  return /\/pipelines\/upload(_version)?$/.test(template);
}

/**
 * The upload handlers write `api.Error{ErrorMessage, ErrorDetails}` themselves
 * (PipelineUploadServer.writeErrorToResponse), whatever their swagger's `default` says.
 * KFP-NOTES.md documents this body; we check it exactly.
 */
export const uploadErrorSchema: JsonObject = {
  type: 'object',
  properties: { error_message: { type: 'string' }, error_details: { type: 'string' } },
  required: ['error_message', 'error_details'],
  additionalProperties: false,
};

/**
 * The spec's error definition (googleRpcStatus: code, message, details) with exactly one extra
 * field, `error`: grpc-gateway's error handler also writes `error` (a copy of the message), which
 * the generated swagger leaves out. `code` and `message` are required: an error without them is
 * useless to the client.
 */
export function grpcErrorSchema(definition: JsonObject): JsonObject {
  const properties = definition.properties;
  if (typeof properties !== 'object' || properties === null)
    throw new Error('error definition has no properties');
  return {
    ...definition,
    properties: { ...properties, error: { type: 'string' } },
    required: ['code', 'message'],
    additionalProperties: false,
  };
}
