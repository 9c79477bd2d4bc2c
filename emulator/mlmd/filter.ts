import { Code, ConnectError } from '@connectrpc/connect';
import type { Value } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';

/** What a filter or an ordering reads of an Artifact, Execution or Context. */
export interface NodeView {
  readonly id: bigint;
  readonly typeId: bigint;
  readonly type: string;
  readonly name: string;
  readonly externalId: string;
  readonly createTimeSinceEpoch: bigint;
  readonly lastUpdateTimeSinceEpoch: bigint;
  readonly customProperties: { readonly [key: string]: Value };
  readonly uri?: string;
  /** Artifact.state or Execution.last_known_state as its enum name. */
  readonly state?: string;
}

type Literal = string | number;
type Clause = { readonly lhs: string; readonly op: '=' | '!='; readonly rhs: Literal };

const invalid = (message: string) => new ConnectError(message, Code.InvalidArgument);

const clausePattern =
  /^\s*([a-z_]+(?:\.[A-Za-z0-9_-]+\.(?:int_value|double_value|string_value|bool_value))?)\s*(!=|=)\s*('(?:[^']*)'|"(?:[^"]*)"|-?\d+(?:\.\d+)?|[A-Z_]+)\s*$/;

const attributes = new Set([
  'id',
  'type_id',
  'type',
  'name',
  'external_id',
  'uri',
  'state',
  'last_known_state',
  'create_time_since_epoch',
  'last_update_time_since_epoch',
]);

/**
 * The part of MLMD's filter_query (metadata_store.proto, ListOperationOptions) that KFP uses:
 * comparisons of attributes and custom properties (`custom_properties.parent_dag_id.int_value = 7`,
 * `name = 'x'`, `last_known_state = RUNNING`) joined by AND. Anything else is refused rather than
 * guessed at.
 */
export function parseFilter(query: string): (node: NodeView) => boolean {
  if (query.trim() === '') return () => true;
  const clauses: Clause[] = query.split(/\s+AND\s+/i).map((part) => {
    const match = clausePattern.exec(part);
    const [, lhs = '', op = '=', raw = ''] = match ?? [];
    const base = lhs.split('.')[0] ?? '';
    if (!match || (base !== 'custom_properties' && !attributes.has(lhs)))
      throw invalid(`Unsupported filter_query: ${query}`);
    const rhs: Literal = /^['"]/.test(raw)
      ? raw.slice(1, -1)
      : /^-?\d/.test(raw)
        ? Number(raw)
        : raw;
    return { lhs, op: op === '!=' ? '!=' : '=', rhs };
  });
  return (node) => clauses.every((clause) => matches(node, clause));
}

function attribute(node: NodeView, lhs: string): Literal | undefined {
  switch (lhs) {
    case 'id':
      return Number(node.id);
    case 'type_id':
      return Number(node.typeId);
    case 'type':
      return node.type;
    case 'name':
      return node.name;
    case 'external_id':
      return node.externalId;
    case 'uri':
      return node.uri;
    case 'state':
    case 'last_known_state':
      return node.state;
    case 'create_time_since_epoch':
      return Number(node.createTimeSinceEpoch);
    case 'last_update_time_since_epoch':
      return Number(node.lastUpdateTimeSinceEpoch);
  }
  const [, name = '', kind = ''] = lhs.split('.');
  const value = node.customProperties[name]?.value;
  if (!value || value.case === undefined) return undefined;
  if (kind === 'int_value' && value.case === 'intValue') return Number(value.value);
  if (kind === 'double_value' && value.case === 'doubleValue') return value.value;
  if (kind === 'string_value' && value.case === 'stringValue') return value.value;
  if (kind === 'bool_value' && value.case === 'boolValue') return value.value ? 1 : 0;
  return undefined;
}

function matches(node: NodeView, clause: Clause): boolean {
  const value = attribute(node, clause.lhs);
  // SQL semantics: a missing property matches neither = nor !=.
  if (value === undefined) return false;
  return clause.op === '=' ? value === clause.rhs : value !== clause.rhs;
}
