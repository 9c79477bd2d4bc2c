import { badRequest } from './errors.ts';

/**
 * protojson's nesting limit (protobuf-go `protowire.DefaultRecursionLimit`), which grpc-gateway's unmarshaler
 * applies to request bodies: deeper JSON is InvalidArgument, never a crash.
 */
export const maxJsonDepth = 10_000;

function position(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return `(line ${line}:${index - lineStart + 1})`;
}

/** The end (exclusive) of the JSON string starting at `start` (a `"`), or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34) return i + 1;
  }
  return -1;
}

/**
 * Refuses what protojson refuses and `JSON.parse` lets through: nesting deeper than protojson's limit and a key
 * given twice in one object (JSON.parse keeps the last silently; protojson answers "duplicate field"). Iterative,
 * one pass; malformed JSON is left to JSON.parse's own error.
 */
export function checkJsonText(text: string): void {
  const objects: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[') {
      if (objects.length >= maxJsonDepth)
        throw badRequest(`proto: ${position(text, i)}: exceeded max recursion depth`);
      objects.push(char === '{' ? new Set() : null);
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      objects.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = objects[objects.length - 1] instanceof Set;
    } else if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return;
      const keys = objects[objects.length - 1];
      if (expectKey && keys) {
        let key: unknown;
        try {
          key = JSON.parse(text.slice(i, end));
        } catch {
          return;
        }
        if (typeof key === 'string') {
          if (keys.has(key))
            throw badRequest(`proto: ${position(text, i)}: duplicate field ${JSON.stringify(key)}`);
          keys.add(key);
        }
      }
      expectKey = false;
      i = end - 1;
    }
  }
}
