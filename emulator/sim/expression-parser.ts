import type { JsonValue } from '../lib/json.ts';
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

export type Node =
  | { readonly k: 'lit'; readonly v: JsonValue }
  | { readonly k: 'ident'; readonly name: string }
  | { readonly k: 'member'; readonly obj: Node; readonly name: string }
  | { readonly k: 'index'; readonly obj: Node; readonly index: Node }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Node[] }
  | { readonly k: 'not' | 'neg'; readonly e: Node }
  | { readonly k: 'bin'; readonly op: string; readonly l: Node; readonly r: Node };

type Token = { readonly t: 'str' | 'num' | 'id' | 'op'; readonly v: string; readonly at: number };

const operators = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '!',
  '-',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
];

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
    if (
      num &&
      !(dialect === 'argo' && /^[\d.]+[A-Za-z_-]/.test(rest) && !/^\d+(\.\d+)?[eE]/.test(rest))
    ) {
      tokens.push({ t: 'num', v: num[0], at: i });
      i += num[0].length;
      continue;
    }
    const id =
      ident.exec(rest) ?? (dialect === 'argo' ? /^[A-Za-z0-9_][A-Za-z0-9_\-.]*/.exec(rest) : null);
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
      throw new ExpressionSyntaxError(
        token ? `expected '${op}' at ${token.at}, found '${token.v}'` : `expected '${op}' at end`,
      );
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

/** The syntax tree of a condition; throws ExpressionSyntaxError with a readable message when it cannot. */
export function parseExpression(text: string, dialect: Dialect): Node {
  return new Parser(tokenize(text, dialect)).parse();
}
