/**
 * Some pipeline files (hand-edited, or dumped by lenient emitters) continue a quoted scalar on a line that is
 * not indented past its parent collection:
 *
 *     command:
 *     - "first line\
 *     \ continued"
 *
 * YAML 1.2 forbids this and the `yaml` package refuses it, but PyYAML and go-yaml (the KFP server) accept it.
 * Leading spaces of a quoted scalar's continuation lines are never part of its value, so indenting those lines
 * further changes nothing but makes the file valid. This does exactly that, for block-context quoted scalars
 * only, and keeps the line count, so error positions stay true.
 */
export function reindentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let open: { quote: '"' | "'"; minIndent: number } | undefined;
  /** Inside a block scalar (`|`, `>`): lines indented past this are text, left alone. */
  let blockParentIndent: number | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (blockParentIndent !== undefined) {
      if (line.trim() === '' || leadingSpaces(line) > blockParentIndent) continue;
      blockParentIndent = undefined;
    }
    if (open) {
      const indent = leadingSpaces(line);
      if (line.trim() !== '' && indent < open.minIndent)
        lines[index] = ' '.repeat(open.minIndent - indent) + line;
      if (closingQuote(line, indent, open.quote) !== -1) open = undefined;
      continue;
    }
    if (BLOCK_SCALAR_START.test(line)) blockParentIndent = leadingSpaces(line);
    else open = openQuotedScalar(line);
  }
  return lines.join('\n');
}

const BLOCK_SCALAR_START = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** A quoted scalar that starts on this line as a block value (after `- `, `key: ` or alone) and does not end on it. */
function openQuotedScalar(line: string): { quote: '"' | "'"; minIndent: number } | undefined {
  let position = leadingSpaces(line);
  while (line.startsWith('- ', position)) position = skipSpaces(line, position + 2);
  const nodeColumn = position;
  let quote = line[position];
  if (quote !== '"' && quote !== "'") {
    const key = /^[^\s#'"[{][^:#]*?:\s+(?=["'])/.exec(line.slice(position));
    if (!key) return undefined;
    position += key[0].length;
    quote = line[position];
  }
  if (quote !== '"' && quote !== "'") return undefined;
  return closingQuote(line, position + 1, quote) === -1
    ? { quote, minIndent: nodeColumn + 1 }
    : undefined;
}

function skipSpaces(line: string, position: number): number {
  let next = position;
  while (line[next] === ' ') next += 1;
  return next;
}

/** The index of the quote closing a scalar, searching from `from`; -1 when the line does not close it. */
function closingQuote(line: string, from: number, quote: '"' | "'"): number {
  for (let index = from; index < line.length; index += 1) {
    const char = line[index];
    if (quote === '"' && char === '\\') {
      index += 1;
      continue;
    }
    if (char !== quote) continue;
    if (quote === "'" && line[index + 1] === "'") {
      index += 1;
      continue;
    }
    return index;
  }
  return -1;
}
