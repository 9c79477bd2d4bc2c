import {
  create,
  fromBinary,
  toBinary,
  type MessageInitShape,
  type MessageShape,
} from '@bufbuild/protobuf';
import type { DescMethodUnary } from '@bufbuild/protobuf';
import { createKfpClient, type KfpClient } from '../../kfp/client.ts';
import { MetadataStoreService } from '../gen/ml_metadata/proto/metadata_store_service_pb.ts';

export const FAKE_ORIGIN = 'http://127.0.0.1:4173';

type Methods = typeof MetadataStoreService.method;
type Handler<M extends keyof Methods> =
  Methods[M] extends DescMethodUnary<infer I, infer O>
    ? (
        request: MessageShape<I>,
      ) => MessageInitShape<O> | { readonly grpcStatus: number; readonly message: string }
    : never;

export type FakeHandlers = { readonly [M in keyof Methods]?: Handler<M> };

function frame(flag: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + payload.length);
  out[0] = flag;
  new DataView(out.buffer).setUint32(1, payload.length);
  out.set(payload, 5);
  return out;
}

function grpcWebAnswer(message: Uint8Array | undefined, status: number, text = ''): Response {
  const trailer = new TextEncoder().encode(
    `grpc-status: ${status}\r\ngrpc-message: ${encodeURIComponent(text)}\r\n`,
  );
  const parts = message === undefined ? [] : [frame(0, message)];
  parts.push(frame(0x80, trailer));
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/grpc-web+proto' },
  });
}

export interface FakeMlmd {
  readonly client: KfpClient;
  /** Method names called, in order (e.g. `GetContextByTypeAndName`). */
  readonly calls: string[];
  /** The Authorization headers the calls carried. */
  readonly tokens: (string | null)[];
}

/**
 * A gRPC-web MetadataStoreService answering from handlers, behind a KFP client (base `/pipeline`),
 * for tests of the MLMD client and readers. An unhandled method answers UNIMPLEMENTED.
 */
export function fakeMlmd(
  handlers: FakeHandlers,
  options: { readonly token?: string; readonly httpStatus?: number } = {},
): FakeMlmd {
  const calls: string[] = [];
  const tokens: (string | null)[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    tokens.push(new Headers(init?.headers).get('authorization'));
    if (options.httpStatus !== undefined)
      return new Response('upstream connect error', { status: options.httpStatus });
    const name = url.pathname.replace('/ml_metadata.MetadataStoreService/', '');
    calls.push(name);
    const entry = Object.entries(MetadataStoreService.method).find(([, m]) => m.name === name);
    if (!entry) return grpcWebAnswer(undefined, 12, `no method ${name}`);
    const [key, method] = entry;
    const handler: unknown = Reflect.get(handlers, key);
    if (typeof handler !== 'function') return grpcWebAnswer(undefined, 12, `${name} not faked`);
    const bytes = new Uint8Array(await new Response(init?.body ?? null).arrayBuffer());
    const request = fromBinary(method.input, bytes.subarray(5));
    const answer: unknown = Reflect.apply(handler, undefined, [request]);
    if (typeof answer === 'object' && answer !== null && 'grpcStatus' in answer) {
      const status = typeof answer.grpcStatus === 'number' ? answer.grpcStatus : 2;
      const message =
        'message' in answer && typeof answer.message === 'string' ? answer.message : '';
      return grpcWebAnswer(undefined, status, message);
    }
    const message = create(method.output, answer ?? {});
    return grpcWebAnswer(toBinary(method.output, message), 0);
  };
  const client = createKfpClient({
    baseUrl: '/pipeline',
    origin: FAKE_ORIGIN,
    getToken: () => Promise.resolve(options.token ?? 'token-1'),
    onUnauthorized: () => Promise.resolve('redirecting'),
    fetch: fetchFn,
  });
  return { client, calls, tokens };
}
