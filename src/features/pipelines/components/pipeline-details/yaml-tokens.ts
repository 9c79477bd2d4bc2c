/**
 * A small YAML tokenizer for read-only highlighting: keys, strings, numbers, literals, comments.
 * It reads line by line and never fails; what it does not recognise stays plain text.
 */
export type YamlTokenKind = 'key' | 'string' | 'number' | 'literal' | 'comment' | 'punct' | 'plain';

export interface YamlToken {
  readonly kind: YamlTokenKind;
  readonly text: string;
}

const KEY = /^(\s*)(- +)?((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[][^:#]*?))(:)(?=\s|$)/;
const NUMBER =
  /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^0x[\da-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const LITERAL = /^(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*$/;

/** Splits a value's text into a scalar and a trailing comment (a `#` after a space, outside quotes). */
function splitComment(text: string): [string, string] {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quote !== undefined) {
      if (ch === '\\' && quote === '"') i += 1;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || /[\s[{,:]/.test(text.charAt(i - 1))) quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      return [text.slice(0, i), text.slice(i)];
    }
  }
  return [text, ''];
}

function valueTokens(raw: string): YamlToken[] {
  const [value, comment] = splitComment(raw);
  const tokens: YamlToken[] = [];
  const trimmed = value.trim();
  const lead = value.slice(0, value.length - value.trimStart().length);
  const tail = value.slice(value.trimEnd().length);
  if (lead) tokens.push({ kind: 'plain', text: lead });
  if (trimmed !== '') {
    let kind: YamlTokenKind = 'plain';
    if (trimmed.startsWith('"') || trimmed.startsWith("'")) kind = 'string';
    else if (NUMBER.test(trimmed)) kind = 'number';
    else if (LITERAL.test(trimmed)) kind = 'literal';
    else if (BLOCK_SCALAR.test(trimmed) || trimmed === '---' || trimmed === '...') kind = 'punct';
    else if (
      !trimmed.startsWith('{') &&
      !trimmed.startsWith('[') &&
      !trimmed.startsWith('&') &&
      !trimmed.startsWith('*')
    )
      kind = 'string';
    tokens.push({ kind, text: trimmed });
  }
  if (tail) tokens.push({ kind: 'plain', text: tail });
  if (comment) tokens.push({ kind: 'comment', text: comment });
  return tokens;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Tokens of every line of a YAML text. Lines of block scalars (`key: |`) are strings. */
export function tokenizeYaml(text: string): YamlToken[][] {
  const lines = text.split('\n');
  const out: YamlToken[][] = [];
  /** Inside a block scalar: lines indented deeper than this belong to it. */
  let blockIndent: number | undefined;
  for (const line of lines) {
    if (blockIndent !== undefined) {
      if (line.trim() === '' || indentOf(line) > blockIndent) {
        out.push(line === '' ? [] : [{ kind: 'string', text: line }]);
        continue;
      }
      blockIndent = undefined;
    }
    if (line.trim() === '') {
      out.push(line === '' ? [] : [{ kind: 'plain', text: line }]);
      continue;
    }
    if (line.trimStart().startsWith('#')) {
      out.push([{ kind: 'comment', text: line }]);
      continue;
    }
    const tokens: YamlToken[] = [];
    const key = KEY.exec(line);
    let rest = line;
    if (key) {
      const [whole, indent = '', dash = '', name = '', colon = ':'] = key;
      if (indent) tokens.push({ kind: 'plain', text: indent });
      if (dash) tokens.push({ kind: 'punct', text: dash });
      tokens.push({ kind: 'key', text: name }, { kind: 'punct', text: colon });
      rest = line.slice(whole.length);
    } else {
      const item = /^(\s*)(- +|-$)/.exec(line);
      if (item) {
        const [whole, indent = '', dash = ''] = item;
        if (indent) tokens.push({ kind: 'plain', text: indent });
        tokens.push({ kind: 'punct', text: dash });
        rest = line.slice(whole.length);
      }
    }
    const values = valueTokens(rest);
    tokens.push(...values);
    if (values.some((token) => token.kind === 'punct' && BLOCK_SCALAR.test(token.text)))
      blockIndent = indentOf(line);
    out.push(tokens);
  }
  return out;
}
