import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The KFP API server answers errors through grpc-gateway: an HTTP status that matches the gRPC
 * code, and a body `{error, code, message, details}` where `code` is the gRPC code number and
 * `error` repeats the message (KFP-NOTES.md). The upload endpoints use their own body instead,
 * `{error_message, error_details}` (see uploadError).
 */
export const GrpcCode = {
  InvalidArgument: 3,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  FailedPrecondition: 9,
  /** KFP's util.NewBadRequestError (e.g. retrying a run that did not fail): HTTP 409. */
  Aborted: 10,
  Internal: 13,
  Unauthenticated: 16,
  ResourceExhausted: 8,
} as const;
export type GrpcCode = (typeof GrpcCode)[keyof typeof GrpcCode];

const httpStatusOf: Record<GrpcCode, ContentfulStatusCode> = {
  3: 400,
  5: 404,
  6: 409,
  7: 403,
  8: 413,
  9: 400,
  10: 409,
  13: 500,
  16: 401,
};

export class ApiError extends Error {
  constructor(
    readonly grpcCode: GrpcCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): ContentfulStatusCode {
    return httpStatusOf[this.grpcCode];
  }
}

export const badRequest = (message: string) => new ApiError(GrpcCode.InvalidArgument, message);
export const notFound = (message: string) => new ApiError(GrpcCode.NotFound, message);
export const alreadyExists = (message: string) => new ApiError(GrpcCode.AlreadyExists, message);
export const forbidden = (message: string) => new ApiError(GrpcCode.PermissionDenied, message);
export const unauthenticated = (message: string) => new ApiError(GrpcCode.Unauthenticated, message);
export const failedPrecondition = (message: string) =>
  new ApiError(GrpcCode.FailedPrecondition, message);
export const aborted = (message: string) => new ApiError(GrpcCode.Aborted, message);

export interface ErrorBody {
  error: string;
  code: number;
  message: string;
  details: { '@type': string; [key: string]: unknown }[];
}

export function errorBody(error: ApiError): ErrorBody {
  return {
    error: error.message,
    code: error.grpcCode,
    message: error.message,
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.Status',
        code: error.grpcCode,
        message: error.message,
      },
    ],
  };
}
