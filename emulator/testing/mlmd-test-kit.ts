import { createClient, type Client, type Interceptor } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Value } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { MetadataStoreService } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_service_pb.ts';

/** Tests only: a gRPC-web client of the official protos, as a browser would build it. */
export type MlmdClient = Client<typeof MetadataStoreService>;

const bearer =
  (user: string | undefined): Interceptor =>
  (next) =>
  (req) => {
    if (user !== undefined) req.header.set('authorization', `Bearer ${user}`);
    return next(req);
  };

/** What serves requests in-process: the emulator's Hono app. */
export interface InProcess {
  readonly app: { fetch(request: Request): Response | Promise<Response> };
}

/** A client whose fetch is the emulator app in-process (`as`: the stub authenticator's user). */
export function inProcessClient(h: InProcess, as?: string): MlmdClient {
  const transport = createGrpcWebTransport({
    baseUrl: 'http://emulator.test',
    fetch: async (input, init) => h.app.fetch(new Request(input, init)),
    interceptors: [bearer(as)],
  });
  return createClient(MetadataStoreService, transport);
}

/** A client over real HTTP. */
export function httpClient(baseUrl: string, as?: string): MlmdClient {
  return createClient(
    MetadataStoreService,
    createGrpcWebTransport({ baseUrl, interceptors: [bearer(as)] }),
  );
}

/** The seed's v2 pipeline with a loop, a condition, metrics and an HTML report. */
export const trainingPipelineYaml = readFileSync(
  fileURLToPath(new URL('../seed/pipelines/training-with-metrics.yaml', import.meta.url)),
  'utf8',
);

/** A custom property's plain value (ints as numbers). */
export function prop(props: { readonly [key: string]: Value }, key: string): unknown {
  const value = props[key]?.value;
  if (!value || value.case === undefined) return undefined;
  return value.case === 'intValue' ? Number(value.value) : value.value;
}

/** A run's executions and their events, read as KFP's UI reads them (the run's context by its id). */
export async function runExecutionsAndEvents(client: MlmdClient, runId: string) {
  const { context } = await client.getContextByTypeAndName({
    typeName: 'system.PipelineRun',
    contextName: runId,
  });
  const { executions } = await client.getExecutionsByContext({ contextId: context?.id ?? 0n });
  const { events } = await client.getEventsByExecutionIDs({
    executionIds: executions.map((e) => e.id),
  });
  return { executions, events };
}
