import type { Value } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import {
  invalid,
  PROPERTY,
  Parser,
  type Expr,
  type Literal,
  type NodeKind,
  type Op,
  type Relation,
} from './filter-parser.ts';
import { tokenize } from './filter-tokens.ts';

export type { NodeKind } from './filter-parser.ts';

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
  readonly properties?: { readonly [key: string]: Value };
  readonly uri?: string;
  /** Artifact.state or Execution.last_known_state as its enum name. */
  readonly state?: string;
  /** The contexts the node belongs to (for `contexts_<alias>.…`); read only when a filter names one. */
  readonly contexts?: () => readonly NodeView[];
  /** A context's attributed artifacts and associated executions (`artifacts_<alias>.…`, `executions_<alias>.…`). */
  readonly artifacts?: () => readonly NodeView[];
  readonly executions?: () => readonly NodeView[];
}

/**
 * ML Metadata's filter_query (metadata_store.proto, ListOperationOptions) over artifacts,
 * executions and contexts (`kind`): attributes, `properties` / `custom_properties` values, an
 * artifact's or execution's contexts as `contexts_<alias>.{id,name,type,create_time_since_epoch,
 * last_update_time_since_epoch}`, a context's artifacts and executions as `artifacts_<alias>.…` and
 * `executions_<alias>.…` (each alias one neighbour, as MLMD joins them), with `= != < <= > >=`,
 * `LIKE` (case-insensitive, as on MLMD's MySQL and SQLite; `%` and `_` wildcards), `IN (…)`,
 * `IS [NOT] NULL`, `AND`, `OR`, `NOT` and parentheses. Events and parent/child contexts are refused
 * rather than guessed at.
 */
export function parseFilter(
  query: string,
  kind: NodeKind = 'artifact',
): (node: NodeView) => boolean {
  if (query.trim() === '') return () => true;
  const parser = new Parser(tokenize(query, invalid), query, kind);
  const expr = parser.parse();
  const aliases = [...parser.aliases];
  if (aliases.length === 0) return (node) => evaluate(expr, node, new Map());
  return (node) => {
    const neighbours = new Map<Relation, readonly NodeView[]>();
    const of = (relation: Relation): readonly NodeView[] => {
      let found = neighbours.get(relation);
      if (!found) {
        found = node[relation]?.() ?? [];
        neighbours.set(relation, found);
      }
      return found;
    };
    // Every assignment of a neighbour to each alias (an inner join per alias in MLMD's SQL).
    const assign = (i: number, bound: Map<string, NodeView>): boolean => {
      const entry = aliases[i];
      if (entry === undefined) return evaluate(expr, node, bound);
      const [alias, relation] = entry;
      return of(relation).some((n) => assign(i + 1, new Map(bound).set(alias, n)));
    };
    return assign(0, new Map());
  };
}

function attribute(node: NodeView, path: string): Literal | undefined {
  switch (path) {
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
  const [, map = '', name = '', kind = ''] = PROPERTY.exec(path) ?? [];
  const value = (map === 'properties' ? node.properties : node.customProperties)?.[name]?.value;
  if (!value || value.case === undefined) return undefined;
  if (kind === 'int_value' && value.case === 'intValue') return Number(value.value);
  if (kind === 'double_value' && value.case === 'doubleValue') return value.value;
  if (kind === 'string_value' && value.case === 'stringValue') return value.value;
  if (kind === 'bool_value' && value.case === 'boolValue') return value.value ? 1 : 0;
  return undefined;
}

/** SQL LIKE: `%` any run, `_` one character, `\` escapes the next; case-insensitive. */
function like(value: string, pattern: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] ?? '');
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 'i').test(value);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function compare(value: Literal, op: Op, rhs: readonly Literal[]): boolean {
  const [first = ''] = rhs;
  switch (op) {
    case '=':
      return value === first;
    case '!=':
      return value !== first;
    case '<':
      return value < first;
    case '<=':
      return value <= first;
    case '>':
      return value > first;
    case '>=':
      return value >= first;
    case 'LIKE':
      return like(String(value), String(first));
    case 'NOT LIKE':
      return !like(String(value), String(first));
    case 'IN':
      return rhs.includes(value);
    case 'NOT IN':
      return !rhs.includes(value);
  }
}

function evaluate(expr: Expr, node: NodeView, bound: ReadonlyMap<string, NodeView>): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, node, bound) && evaluate(expr.right, node, bound);
    case 'or':
      return evaluate(expr.left, node, bound) || evaluate(expr.right, node, bound);
    case 'not':
      return !evaluate(expr.expr, node, bound);
    case 'null': {
      const target = expr.column.alias === undefined ? node : bound.get(expr.column.alias);
      const missing = target === undefined || attribute(target, expr.column.path) === undefined;
      return expr.negated ? !missing : missing;
    }
    case 'cmp': {
      const target = expr.column.alias === undefined ? node : bound.get(expr.column.alias);
      const value = target === undefined ? undefined : attribute(target, expr.column.path);
      // SQL semantics: a missing value matches no comparison.
      return value !== undefined && compare(value, expr.op, expr.rhs);
    }
  }
}
