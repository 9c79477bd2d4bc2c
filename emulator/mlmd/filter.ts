import { Code, ConnectError } from '@connectrpc/connect';
import type { Value } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { tokenize, type Token } from './filter-tokens.ts';

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

/** What a filter_query lists. */
export type NodeKind = 'artifact' | 'execution' | 'context';

/** A neighbour a filter may join (`contexts_a`, `artifacts_a`, `executions_a`). */
type Relation = 'contexts' | 'artifacts' | 'executions';

type Literal = string | number;
type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'NOT LIKE' | 'IN' | 'NOT IN';

/** A column: the node's own (`alias` undefined) or a neighbour's (`contexts_a.name`: alias `contexts_a`). */
interface Column {
  readonly alias: string | undefined;
  readonly path: string;
}

type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'cmp'; readonly column: Column; readonly op: Op; readonly rhs: Literal[] }
  | { readonly kind: 'null'; readonly column: Column; readonly negated: boolean };

const invalid = (message: string) => new ConnectError(message, Code.InvalidArgument);

const ATTRIBUTES = new Set([
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

/** The columns MLMD gives a `contexts_<alias>` struct (filter_query_ast_resolver.cc AddContextsImpl). */
const CONTEXT_ATTRIBUTES = new Set([
  'id',
  'name',
  'type',
  'create_time_since_epoch',
  'last_update_time_since_epoch',
]);

/**
 * The neighbours each kind of node can be filtered by and the columns of each (MLMD 1.14
 * filter_query_ast_resolver.cc AddNeighborhoodNodes, AddArtifactsImpl, AddExecutionsImpl): artifacts
 * and executions by their contexts, contexts by their artifacts and executions. Anything else is an
 * unknown name to MLMD's analyzer, so INVALID_ARGUMENT.
 */
const RELATIONS: Readonly<
  Record<NodeKind, Readonly<Partial<Record<Relation, ReadonlySet<string>>>>>
> = {
  artifact: { contexts: CONTEXT_ATTRIBUTES },
  execution: { contexts: CONTEXT_ATTRIBUTES },
  context: {
    artifacts: new Set([
      'id',
      'name',
      'type',
      'state',
      'uri',
      'external_id',
      'create_time_since_epoch',
      'last_update_time_since_epoch',
    ]),
    executions: new Set([
      'id',
      'name',
      'type',
      'last_known_state',
      'external_id',
      'create_time_since_epoch',
      'last_update_time_since_epoch',
    ]),
  },
};

const PROPERTY =
  /^(custom_properties|properties)\.(.+)\.(int_value|double_value|string_value|bool_value)$/;

class Parser {
  private at = 0;
  readonly aliases = new Map<string, Relation>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly query: string,
    private readonly kind: NodeKind,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private fail(): never {
    throw invalid(`Unsupported filter_query: ${this.query}`);
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token?.kind === 'word' && token.text.toUpperCase() === word) {
      this.at++;
      return true;
    }
    return false;
  }

  private punct(text: string): boolean {
    const token = this.peek();
    if (token?.kind === 'punct' && token.text === text) {
      this.at++;
      return true;
    }
    return false;
  }

  parse(): Expr {
    const expr = this.or();
    if (this.at !== this.tokens.length) this.fail();
    return expr;
  }

  private or(): Expr {
    let left = this.and();
    while (this.keyword('OR')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.keyword('AND')) left = { kind: 'and', left, right: this.not() };
    return left;
  }

  private not(): Expr {
    if (this.keyword('NOT')) return { kind: 'not', expr: this.not() };
    if (this.punct('(')) {
      const inner = this.or();
      if (!this.punct(')')) this.fail();
      return inner;
    }
    return this.predicate();
  }

  private column(): Column {
    const token = this.peek();
    if (token?.kind !== 'word') this.fail();
    this.at++;
    const text = token.text;
    const neighbour = /^((contexts|artifacts|executions)_[0-9A-Za-z_]+)\.(.+)$/.exec(text);
    if (neighbour) {
      const [, alias = '', relation = '', path = ''] = neighbour;
      const known =
        relation === 'contexts' || relation === 'artifacts' || relation === 'executions';
      if (!known || !RELATIONS[this.kind][relation]?.has(path)) this.fail();
      this.aliases.set(alias, relation);
      return { alias, path };
    }
    if (!ATTRIBUTES.has(text) && !PROPERTY.test(text)) this.fail();
    return { alias: undefined, path: text };
  }

  private literal(): Literal {
    const token = this.peek();
    if (!token) this.fail();
    this.at++;
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    // Enum names (state = LIVE) and TRUE/FALSE.
    if (token.kind === 'word' && /^[A-Z_]+$/i.test(token.text)) {
      const upper = token.text.toUpperCase();
      return upper === 'TRUE' ? 1 : upper === 'FALSE' ? 0 : token.text;
    }
    return this.fail();
  }

  private predicate(): Expr {
    const column = this.column();
    if (this.keyword('IS')) {
      const negated = this.keyword('NOT');
      if (!this.keyword('NULL')) this.fail();
      return { kind: 'null', column, negated };
    }
    const negated = this.keyword('NOT');
    if (this.keyword('LIKE'))
      return { kind: 'cmp', column, op: negated ? 'NOT LIKE' : 'LIKE', rhs: [this.literal()] };
    if (this.keyword('IN')) {
      if (!this.punct('(')) this.fail();
      const values = [this.literal()];
      while (this.punct(',')) values.push(this.literal());
      if (!this.punct(')')) this.fail();
      return { kind: 'cmp', column, op: negated ? 'NOT IN' : 'IN', rhs: values };
    }
    if (negated) this.fail();
    const token = this.peek();
    const ops: readonly Op[] = ['=', '!=', '<', '<=', '>', '>='];
    const op = ops.find((o) => token?.kind === 'punct' && token.text === o);
    if (!op) this.fail();
    this.at++;
    return { kind: 'cmp', column, op, rhs: [this.literal()] };
  }
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
