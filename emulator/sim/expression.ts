import {
  ExpressionEvalError,
  parseExpression,
  type Dialect,
  type Node,
} from './expression-parser.ts';

export { ExpressionEvalError, ExpressionSyntaxError, type Dialect } from './expression-parser.ts';
import { isJsonObject, type JsonValue } from '../lib/json.ts';

/** Evaluates the conditions parsed by expression-parser.ts against a run's values (see there for the grammar). */
function toNumber(value: JsonValue, fn: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
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
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
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
  else
    throw new ExpressionEvalError(`cannot compare ${JSON.stringify(a)} ${op} ${JSON.stringify(b)}`);
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
      if (!isJsonObject(obj) || !(node.name in obj))
        throw new ExpressionEvalError(`no field '${node.name}'`);
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
      throw new ExpressionEvalError(
        `cannot index ${JSON.stringify(obj)} with ${JSON.stringify(index)}`,
      );
    }
    case 'call': {
      const [arg] = node.args;
      if (node.args.length !== 1 || !arg)
        throw new ExpressionEvalError(`${node.fn}() takes one argument`);
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
  const ast = parseExpression(text, dialect);
  return {
    text,
    evaluate(lookup) {
      return toBool(evaluate(ast, dialect, lookup), 'a condition');
    },
  };
}
