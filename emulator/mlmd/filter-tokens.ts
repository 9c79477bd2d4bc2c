export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'punct'; readonly text: string };

/**
 * Splits a filter_query into tokens: dotted names (`custom_properties.x.string_value`,
 * backquoted property names as MLMD allows: ``custom_properties.`my:prop`.string_value``), string
 * literals in single or double quotes with backslash escapes (ZetaSQL's), numbers, operators.
 */
export function tokenize(query: string, invalid: (message: string) => Error): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = () => invalid(`Unsupported filter_query: ${query}`);
  while (i < query.length) {
    const c = query[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      let text = '';
      i++;
      for (;;) {
        const d = query[i];
        if (d === undefined) throw fail();
        i++;
        if (d === c) break;
        if (d === '\\') {
          const next = query[i];
          if (next === undefined) throw fail();
          // `\%` and `\_` keep their backslash: they are LIKE escapes, not string escapes.
          text += next === '%' || next === '_' ? `\\${next}` : next;
          i++;
        } else text += d;
      }
      tokens.push({ kind: 'string', text });
      continue;
    }
    const number = /^-?\d+(?:\.\d+)?/.exec(query.slice(i));
    if (number && (c === '-' || /\d/.test(c))) {
      tokens.push({ kind: 'number', text: number[0] });
      i += number[0].length;
      continue;
    }
    const operator = /^(?:!=|<=|>=|<>|=|<|>|\(|\)|,)/.exec(query.slice(i));
    if (operator) {
      tokens.push({ kind: 'punct', text: operator[0] === '<>' ? '!=' : operator[0] });
      i += operator[0].length;
      continue;
    }
    const word =
      /^(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]+`)(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]+`))*/.exec(
        query.slice(i),
      );
    if (!word) throw fail();
    tokens.push({ kind: 'word', text: word[0].replace(/`([^`]+)`/g, '$1') });
    i += word[0].length;
  }
  return tokens;
}
