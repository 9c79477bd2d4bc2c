import type { JsonValue } from '../store/run-engine.ts';
import { isJsonObject } from './json.ts';

/**
 * A small, safe evaluator for the conditions compilers emit:
 * - `cel`: KFP v2 `triggerPolicy.condition`, e.g.
 *   `int(inputs.parameter_values['pipelinechannel--n']) > 5 && !(inputs.parameter_values['x'] == 'heads')`
 * - `argo`: Argo `when` after `{{…}}` substitution, e.g. `"heads" == "heads"`, `5 > 3`, `tails == heads`
 *   (govaluate: a bare word is a string).
 * Supported: literals (strings, numbers, true/false/null), ==, !=, <, >, <=, >=, &&, ||, !, unary -,
 * parentheses, member access and indexing, int()/double()/string()/size().
 */
export type Dialect = 'cel' | 'argo';

export class ExpressionSyntaxError extends Error {
  override name = 'ExpressionSyntaxError';
}
export class ExpressionEvalError extends Error {
  override name = 'ExpressionEvalError';
}

type Node =
  | { readonly k: 'lit'; readonly v: JsonValue }
  | { readonly k: 'ident'; readonly name: string }
  | { readonly k: 'member'; readonly obj: Node; readonly name: string }
  | { readonly k: 'index'; readonly obj: Node; readonly index: Node }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Node[] }
  | { readonly k: 'not' | 'neg'; readonly e: Node }
  | { readonly k: 'bin'; readonly op: string; readonly l: Node; readonly r: Node };

type Token = { readonly t: 'str' | 'num' | 'id' | 'op'; readonly v: string; readonly at: number };

const operators = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '-', '(', ')', '[', ']', '.', ','];

function tokenize(text: string, dialect: Dialect): Token[] {
  const tokens: Token[] = [];
  const ident = dialect === 'argo' ? /^[A-Za-z_][A-Za-z0-9_\-.]*/ : /^[A-Za-z_][A-Za-z0-9_]*/;
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const quote = rest.charAt(0);
    if (quote === '"' || quote === "'") {
      let j = 1;
      let value = '';
      while (j < rest.length && rest.charAt(j) !== quote) {
        if (rest.charAt(j) === '\\' && j + 1 < rest.length) j++;
        value += rest.charAt(j);
        j++;
      }
      if (j >= rest.length) throw new ExpressionSyntaxError(`unterminated string at ${i}`);
      tokens.push({ t: 'str', v: value, at: i });
      i += j + 1;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num && !(dialect === 'argo' && /^[\d.]+[A-Za-z_-]/.test(rest) && !/^\d+(\.\d+)?[eE]/.test(rest))) {
      tokens.push({ t: 'num', v: num[0], at: i });
      i += num[0].length;
      continue;
    }
    const id = ident.exec(rest) ?? (dialect === 'argo' ? /^[A-Za-z0-9_][A-Za-z0-9_\-.]*/.exec(rest) : null);
    if (id) {
      tokens.push({ t: 'id', v: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const op = operators.find((o) => rest.startsWith(o));
    if (!op) throw new ExpressionSyntaxError(`unexpected character '${rest.charAt(0)}' at ${i}`);
    tokens.push({ t: 'op', v: op, at: i });
    i += op.length;
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Node {
    if (this.tokens.length === 0) throw new ExpressionSyntaxError('empty expression');
    const node = this.or();
    const extra = this.tokens[this.pos];
    if (extra) throw new ExpressionSyntaxError(`unexpected '${extra.v}' at ${extra.at}`);
    return node;
  }

  private peekOp(...ops: readonly string[]): string | undefined {
    const token = this.tokens[this.pos];
    return token?.t === 'op' && ops.includes(token.v) ? token.v : undefined;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) {
      const token = this.tokens[this.pos];
      throw new ExpressionSyntaxError(token ? `expected '${op}' at ${token.at}, found '${token.v}'` : `expected '${op}' at end`);
    }
    this.pos++;
  }

  private binary(next: () => Node, ops: readonly string[]): Node {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.pos++;
      left = { k: 'bin', op, l: left, r: next() };
    }
    return left;
  }

  private or = (): Node => this.binary(this.and, ['||']);
  private and = (): Node => this.binary(this.comparison, ['&&']);
  private comparison = (): Node => this.binary(this.unary, ['==', '!=', '<=', '>=', '<', '>']);

  private unary = (): Node => {
    const op = this.peekOp('!', '-');
    if (op) {
      this.pos++;
      return { k: op === '!' ? 'not' : 'neg', e: this.unary() };
    }
    return this.postfix();
  };

  private postfix(): Node {
    let node = this.primary();
    for (;;) {
      if (this.peekOp('.')) {
        this.pos++;
        const name = this.tokens[this.pos];
        if (name?.t !== 'id') throw new ExpressionSyntaxError('expected a field name after "."');
        this.pos++;
        node = { k: 'member', obj: node, name: name.v };
      } else if (this.peekOp('[')) {
        this.pos++;
        const index = this.or();
        this.expect(']');
        node = { k: 'index', obj: node, index };
      } else {
        return node;
      }
    }
  }

  private primary(): Node {
    const token = this.tokens[this.pos];
    if (!token) throw new ExpressionSyntaxError('unexpected end of expression');
    this.pos++;
    if (token.t === 'str') return { k: 'lit', v: token.v };
    if (token.t === 'num') return { k: 'lit', v: Number(token.v) };
    if (token.t === 'id') {
      if (token.v === 'true' || token.v === 'false') return { k: 'lit', v: token.v === 'true' };
      if (token.v === 'null') return { k: 'lit', v: null };
      if (this.peekOp('(')) {
        this.pos++;
        const args: Node[] = [];
        if (!this.peekOp(')')) {
          args.push(this.or());
          while (this.peekOp(',')) {
            this.pos++;
            args.push(this.or());
          }
        }
        this.expect(')');
        if (!['int', 'double', 'string', 'size', 'bool'].includes(token.v)) {
          throw new ExpressionSyntaxError(`unknown function '${token.v}'`);
        }
        return { k: 'call', fn: token.v, args };
      }
      return { k: 'ident', name: token.v };
    }
    if (token.v === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    throw new ExpressionSyntaxError(`unexpected '${token.v}' at ${token.at}`);
  }
}

function toNumber(value: JsonValue, fn: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  throw new ExpressionEvalError(`${fn}() cannot convert ${JSON.stringify(value)}`);
}

function toBool(value: JsonValue, what: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  throw new ExpressionEvalError(`${what} needs a boolean, got ${JSON.stringify(value)}`);
}

function numeric(value: JsonValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function equal(a: JsonValue, b: JsonValue): boolean {
  if (typeof a === typeof b) return JSON.stringify(a) === JSON.stringify(b);
  // Lenient across number/string and bool/string (parameter values travel as strings in places).
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (typeof a === 'boolean' && typeof b === 'string') return String(a) === b.toLowerCase();
  if (typeof b === 'boolean' && typeof a === 'string') return String(b) === a.toLowerCase();
  return false;
}

function compare(op: string, a: JsonValue, b: JsonValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  let order: number;
  if (na !== undefined && nb !== undefined) order = na - nb;
  else if (typeof a === 'string' && typeof b === 'string') order = a < b ? -1 : a > b ? 1 : 0;
  else throw new ExpressionEvalError(`cannot compare ${JSON.stringify(a)} ${op} ${JSON.stringify(b)}`);
  switch (op) {
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

type Lookup = (name: string) => JsonValue | undefined;

function evaluate(node: Node, dialect: Dialect, lookup: Lookup): JsonValue {
  const ev = (n: Node): JsonValue => evaluate(n, dialect, lookup);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ident': {
      const value = lookup(node.name);
      if (value !== undefined) return value;
      if (dialect === 'argo') return node.name;
      throw new ExpressionEvalError(`unknown identifier '${node.name}'`);
    }
    case 'member': {
      const obj = ev(node.obj);
      if (!isJsonObject(obj) || !(node.name in obj)) throw new ExpressionEvalError(`no field '${node.name}'`);
      return obj[node.name] ?? null;
    }
    case 'index': {
      const obj = ev(node.obj);
      const index = ev(node.index);
      if (Array.isArray(obj) && typeof index === 'number') {
        const item = obj[index];
        if (item === undefined) throw new ExpressionEvalError(`index ${index} out of range`);
        return item;
      }
      if (isJsonObject(obj) && typeof index === 'string') {
        const item = obj[index];
        if (item === undefined) throw new ExpressionEvalError(`no key '${index}'`);
        return item;
      }
      throw new ExpressionEvalError(`cannot index ${JSON.stringify(obj)} with ${JSON.stringify(index)}`);
    }
    case 'call': {
      const [arg] = node.args;
      if (node.args.length !== 1 || !arg) throw new ExpressionEvalError(`${node.fn}() takes one argument`);
      const value = ev(arg);
      if (node.fn === 'int') return Math.trunc(toNumber(value, 'int'));
      if (node.fn === 'double') return toNumber(value, 'double');
      if (node.fn === 'bool') return toBool(value, 'bool()');
      if (node.fn === 'size') {
        if (typeof value === 'string' || Array.isArray(value)) return value.length;
        if (isJsonObject(value)) return Object.keys(value).length;
        throw new ExpressionEvalError('size() needs a string, list or map');
      }
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
    case 'not':
      return !toBool(ev(node.e), '!');
    case 'neg':
      return -toNumber(ev(node.e), '-');
    case 'bin': {
      if (node.op === '&&') return toBool(ev(node.l), '&&') && toBool(ev(node.r), '&&');
      if (node.op === '||') return toBool(ev(node.l), '||') || toBool(ev(node.r), '||');
      const l = ev(node.l);
      const r = ev(node.r);
      if (node.op === '==') return equal(l, r);
      if (node.op === '!=') return !equal(l, r);
      return compare(node.op, l, r);
    }
  }
}

export interface Condition {
  readonly text: string;
  /** Throws ExpressionEvalError when the values do not fit the expression. */
  evaluate(lookup: Lookup): boolean;
}

/** Parses a condition; throws ExpressionSyntaxError with a readable message when it cannot. */
export function parseCondition(text: string, dialect: Dialect): Condition {
  const ast = new Parser(tokenize(text, dialect)).parse();
  return {
    text,
    evaluate(lookup) {
      return toBool(evaluate(ast, dialect, lookup), 'a condition');
    },
  };
}
