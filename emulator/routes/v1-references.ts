import { badRequest } from '../lib/errors.ts';
import { resourceTypes, type ResourceType } from '../http/messages-v1.ts';
import { list, msg, str, type ParsedMessage } from '../lib/proto-json.ts';
import type { AppContext } from '../http/env.ts';

/** v1beta1 resource references (resource_reference.proto) in request bodies and list queries. */
export interface Reference {
  readonly type: string;
  readonly id: string;
  readonly relationship: string;
}

function isMessage(value: unknown): value is ParsedMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function referencesOf(body: ParsedMessage | undefined): Reference[] {
  return list(body, 'resource_references').flatMap((ref) => {
    if (!isMessage(ref)) return [];
    const key = msg(ref, 'key');
    return [{ type: str(key, 'type'), id: str(key, 'id'), relationship: str(ref, 'relationship') }];
  });
}

/** The id of the first reference of `type` ('' when none). */
export function referenceId(refs: readonly Reference[], type: ResourceType): string {
  return refs.find((r) => r.type === type)?.id ?? '';
}

const isResourceType = (value: string): value is ResourceType =>
  resourceTypes.some((t) => t === value);

/**
 * `<prefix>.type` and `<prefix>.id` query parameters (`resource_reference_key` or `resource_key`),
 * the type by enum name or number like grpc-gateway reads it; undefined when no type is given.
 */
export function referenceKeyQuery(
  c: AppContext,
  prefix: string,
): { readonly type: ResourceType; readonly id: string } | undefined {
  const raw = c.req.query(`${prefix}.type`) ?? '';
  const id = c.req.query(`${prefix}.id`) ?? '';
  if (raw === '') return undefined;
  const type = /^\d+$/.test(raw) ? resourceTypes[Number(raw)] : raw;
  if (type === undefined || !isResourceType(type))
    throw badRequest(
      `invalid value for query parameter ${JSON.stringify(`${prefix}.type`)}: ${JSON.stringify(raw)}`,
    );
  return type === 'UNKNOWN_RESOURCE_TYPE' ? undefined : { type, id };
}
