import { Code, ConnectError } from '@connectrpc/connect';
import type { Token } from './filter-tokens.ts';

/* The grammar of ML Metadata's filter_query, parsed to an expression tree; filter.ts evaluates it. */

/** What a filter_query lists. */
export type NodeKind = 'artifact' | 'execution' | 'context';

/** A neighbour a filter may join (`contexts_a`, `artifacts_a`, `executions_a`). */
export type Relation = 'contexts' | 'artifacts' | 'executions';

export type Literal = string | number;
export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'NOT LIKE' | 'IN' | 'NOT IN';

/** A column: the node's own (`alias` undefined) or a neighbour's (`contexts_a.name`: alias `contexts_a`). */
export interface Column {
  readonly alias: string | undefined;
  readonly path: string;
}

export type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'cmp'; readonly column: Column; readonly op: Op; readonly rhs: Literal[] }
  | { readonly kind: 'null'; readonly column: Column; readonly negated: boolean };

export const invalid = (message: string) => new ConnectError(message, Code.InvalidArgument);

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

export const PROPERTY =
  /^(custom_properties|properties)\.(.+)\.(int_value|double_value|string_value|bool_value)$/;

export class Parser {
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
