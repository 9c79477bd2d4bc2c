import { Code, ConnectError, createConnectRouter, type Interceptor } from '@connectrpc/connect';
import { createFetchHandler } from '@connectrpc/connect/protocol';
import { Hono } from 'hono';
import { MetadataStoreService } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_service_pb.ts';
import type { Authenticator } from '../auth/types.ts';
import { ApiError, GrpcCode } from '../lib/errors.ts';
import { nodeHandlers } from './service-nodes.ts';
import { typeHandlers } from './service-types.ts';
import type { MlmdStore } from './store.ts';

/** The path prefix the Kubeflow gateway routes to metadata-envoy (VirtualService `metadata-grpc`). */
export const mlmdPathPrefix = '/ml_metadata';

/**
 * Behind the gateway's login like the API: a verified bearer token in multi-user mode, else gRPC
 * UNAUTHENTICATED. MLMD itself checks no namespace, so neither does this.
 */
function authInterceptor(authenticator: Authenticator): Interceptor {
  return (next) => async (req) => {
    try {
      await authenticator.authenticate(req.header);
    } catch (error) {
      if (error instanceof ApiError && error.grpcCode === GrpcCode.Unauthenticated)
        throw new ConnectError(error.message, Code.Unauthenticated);
      throw error;
    }
    return next(req);
  };
}

/**
 * `ml_metadata.MetadataStoreService` over gRPC-web (connect-es; binary and JSON), where a Kubeflow
 * install serves it: POST `/ml_metadata.MetadataStoreService/<Method>`. Methods the emulator does not
 * implement answer UNIMPLEMENTED.
 */
export function mlmdRoutes(deps: {
  readonly store: MlmdStore;
  readonly authenticator: Authenticator;
}): Hono {
  const router = createConnectRouter({
    grpc: false,
    connect: false,
    grpcWeb: true,
    interceptors: [authInterceptor(deps.authenticator)],
  });
  router.service(MetadataStoreService, {
    ...typeHandlers(deps.store),
    ...nodeHandlers(deps.store),
  });
  const handlers = new Map(
    router.handlers.map((handler) => [handler.requestPath, createFetchHandler(handler)]),
  );
  const app = new Hono();
  app.all(`${mlmdPathPrefix}.MetadataStoreService/*`, (c) => {
    const handler = handlers.get(c.req.path);
    if (handler) return handler(c.req.raw);
    // An unknown method of a known service: a gRPC server answers UNIMPLEMENTED (trailers only).
    return c.body(null, 200, {
      'content-type': 'application/grpc-web+proto',
      'grpc-status': String(Code.Unimplemented),
      'grpc-message': encodeURIComponent(`unknown method ${c.req.path}`),
    });
  });
  return app;
}
