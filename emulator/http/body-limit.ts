import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { ApiError, GrpcCode } from '../lib/errors.ts';
import { maxPipelineFileBytes } from './pipeline-file.ts';

/**
 * Request bodies are bounded while they stream, before any handler buffers them. The real API server itself
 * takes gRPC messages up to 2 GB (backend/src/apiserver/main.go, MaxRecvMsgSize); a Kubeflow gateway in front
 * of it bounds them, and so does the emulator: uploads at the 32 MB file limit plus the multipart envelope,
 * JSON bodies at 16 MB (the largest pipeline_spec the seed sends inline is far below it).
 */
export const maxUploadBodyBytes = maxPipelineFileBytes + 1024 * 1024;
export const maxJsonBodyBytes = 16 * 1024 * 1024;

export function bodyTooLarge(limit: number): ApiError {
  return new ApiError(
    GrpcCode.ResourceExhausted,
    `Request body too large: the limit is ${limit} bytes (${Math.round(limit / 1024 / 1024)} MB)`,
  );
}

/** The body limit of a path: uploads (any API version) or JSON. */
export function bodyLimitOf(path: string): number {
  return /\/pipelines\/upload(_version)?$/.test(path) ? maxUploadBodyBytes : maxJsonBodyBytes;
}

/**
 * Refuses a declared Content-Length over the limit at once (413), and counts a body without one (chunked) as it
 * is read: the reader fails as soon as the count passes the limit, so no more than the limit is ever buffered.
 */
export function bodyLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const limit = bodyLimitOf(c.req.path);
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > limit) throw bodyTooLarge(limit);
    let seen = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > limit) throw bodyTooLarge(limit);
          controller.enqueue(chunk);
        },
      }),
    );
    // Node needs `duplex: 'half'` for a stream body; the DOM typings do not know the field yet.
    const init: RequestInit & { duplex: 'half' } = { body: counted, duplex: 'half' };
    c.req.raw = new Request(c.req.raw, init);
    await next();
  };
}

/** A body read that failed because the limit was passed: that 413, whatever the reader wrapped it in. */
export function bodyLimitError(error: unknown, limit: number): ApiError | undefined {
  for (let cause: unknown = error; cause;) {
    if (cause instanceof ApiError && cause.grpcCode === GrpcCode.ResourceExhausted) return cause;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return error instanceof TypeError && /terminated|aborted/i.test(error.message)
    ? bodyTooLarge(limit)
    : undefined;
}
