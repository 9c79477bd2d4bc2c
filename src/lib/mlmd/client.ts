import { Code, ConnectError, createClient, type Client } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import type { KfpClient } from '../kfp/client.ts';
import { ApiError } from '../kfp/errors.ts';
import { MetadataStoreService } from './gen/ml_metadata/proto/metadata_store_service_pb.ts';

export type MlmdService = Client<typeof MetadataStoreService>;

/** The ML Metadata service; `call` runs calls and maps their errors to the KFP client's types. */
export interface MlmdClient {
  call<T>(run: (service: MlmdService) => Promise<T>): Promise<T>;
}

/**
 * Where ML Metadata's gRPC-web service lives: beside KFP on the gateway, at the root of the gateway
 * base that holds `/pipeline` (Kubeflow's `metadata-grpc` VirtualService routes the `/ml_metadata`
 * prefix; KFP's own UI calls `''` + `/ml_metadata.MetadataStoreService/…`, frontend/src/mlmd/Api.ts).
 */
export function mlmdBaseUrl(kfpBaseUrl: string): string {
  return kfpBaseUrl.replace(/\/+$/, '').replace(/\/pipeline$/, '');
}

/** gRPC status → the HTTP status a gateway would give, so the UI describes it like any KFP error. */
const HTTP_STATUS: Readonly<Partial<Record<Code, number>>> = {
  [Code.InvalidArgument]: 400,
  [Code.FailedPrecondition]: 400,
  [Code.OutOfRange]: 400,
  [Code.Unauthenticated]: 401,
  [Code.PermissionDenied]: 403,
  [Code.NotFound]: 404,
  [Code.AlreadyExists]: 409,
  [Code.Aborted]: 409,
  [Code.ResourceExhausted]: 429,
  [Code.Canceled]: 499,
  [Code.Unimplemented]: 501,
  [Code.Unavailable]: 503,
  [Code.DeadlineExceeded]: 504,
};

/**
 * Maps what a call threw to the KFP client's error types: errors of the HTTP exchange itself
 * (session expired, network, a gateway's 404/503) come through as they are; gRPC statuses become an
 * `ApiError` with the gRPC code and the server's message.
 */
export function mlmdError(error: unknown, url: string): unknown {
  if (!(error instanceof ConnectError)) return error;
  if (error.cause instanceof Error && !(error.cause instanceof ConnectError)) return error.cause;
  return new ApiError(HTTP_STATUS[error.code] ?? 500, error.rawMessage, error.code, url);
}

/**
 * The ML Metadata client: gRPC-web (connect-es) over the KFP client's own fetch, so every call carries
 * the same bearer token, renews it on a 401, may only go to the page's origin, and fails with the
 * same error types as the KFP client.
 */
export function createMlmdClient(kfp: KfpClient): MlmdClient {
  const transport = createGrpcWebTransport({
    baseUrl: `${kfp.origin}${mlmdBaseUrl(kfp.baseUrl)}`,
    useBinaryFormat: true,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return kfp.fetchRaw(url, {
        method: init?.method ?? 'POST',
        headers: init?.headers ?? {},
        ...(init?.body ? { body: init.body } : {}),
        signal: init?.signal ?? undefined,
      });
    },
  });
  const service = createClient(MetadataStoreService, transport);
  const where = `${kfp.origin}${mlmdBaseUrl(kfp.baseUrl)}/${MetadataStoreService.typeName}`;
  return {
    // Connect wraps whatever a call throws into a ConnectError (even from an interceptor), so the
    // mapping happens around the call.
    call: async (run) => {
      try {
        return await run(service);
      } catch (error) {
        throw mlmdError(error, where);
      }
    },
  };
}
