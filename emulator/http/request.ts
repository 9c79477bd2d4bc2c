import { bodyLimitError, bodyLimitOf } from './body-limit.ts';
import { badRequest } from '../lib/errors.ts';
import { parseBody, type MessageSchema, type ParsedMessage } from '../lib/proto-json.ts';
import type { AppContext } from './env.ts';
import type { ListPage, ListRequest } from '../lists/list-page.ts';
import type { JsonObject } from '../lib/json.ts';

/** The JSON body read as `schema` (protojson rules: unknown fields and wrong types are refused). */
export async function readMessage(c: AppContext, schema: MessageSchema): Promise<ParsedMessage> {
  return parseBody(schema, await readBodyText(c));
}

/** The body as text, bounded (http/body-limit.ts): passing the limit while it streams is a 413. */
export async function readBodyText(c: AppContext): Promise<string> {
  try {
    return await c.req.text();
  } catch (error) {
    throw bodyLimitError(error, bodyLimitOf(c.req.path)) ?? error;
  }
}

/** The list query parameters every List call takes. */
export function listRequest(c: AppContext): ListRequest {
  return {
    pageToken: c.req.query('page_token'),
    pageSize: c.req.query('page_size'),
    sortBy: c.req.query('sort_by'),
    filter: c.req.query('filter'),
  };
}

/** `{<items>: […], total_size, next_page_token}` with protojson's omissions (an empty list is `{}`). */
export function listBody<T>(
  key: string,
  page: ListPage<T>,
  toWire: (item: T) => JsonObject,
): JsonObject {
  const body: JsonObject = {};
  if (page.items.length > 0) body[key] = page.items.map(toWire);
  if (page.totalSize > 0) body.total_size = page.totalSize;
  if (page.nextPageToken) body.next_page_token = page.nextPageToken;
  return body;
}

/** A boolean query parameter the way grpc-gateway parses it. */
export function boolQuery(c: AppContext, name: string): boolean {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return false;
  if (raw === 'true' || raw === '1' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === '0' || raw === 'False' || raw === 'FALSE') return false;
  throw badRequest(
    `invalid value for query parameter ${JSON.stringify(name)}: ${JSON.stringify(raw)} is not a boolean`,
  );
}

/** An enum query parameter (by name or number). */
export function enumQuery<T extends string>(
  c: AppContext,
  name: string,
  values: readonly T[],
): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const byNumber = /^\d+$/.test(raw) ? values[Number(raw)] : undefined;
  const found = byNumber ?? values.find((v) => v === raw);
  if (found === undefined)
    throw badRequest(
      `invalid value for query parameter ${JSON.stringify(name)}: ${JSON.stringify(raw)}`,
    );
  return found;
}

/** `POST …/{id}:verb` arrives as one path segment; splits it at the last colon. */
export function splitAction(segment: string): { id: string; verb: string } {
  const at = segment.lastIndexOf(':');
  return at < 0
    ? { id: segment, verb: '' }
    : { id: segment.slice(0, at), verb: segment.slice(at + 1) };
}
