import { badRequest } from '../lib/errors.ts';

/**
 * Go's url.QueryUnescape: `+` becomes a space and `%XX` a byte; a malformed escape is an error.
 * The KFP server applies it to the filter after grpc-gateway has already decoded the query once,
 * which is why the official client's double encoding works (KFP-NOTES.md "Lists").
 */
export function queryUnescape(text: string): string {
  if (!/[%+]/.test(text)) return text;
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (const [token] of text.matchAll(/%[0-9a-fA-F]{2}|%.{0,2}|\+|[^%+]+/gsu)) {
    if (token.startsWith('%')) {
      if (token.length !== 3 || !/^%[0-9a-fA-F]{2}$/.test(token)) {
        throw badRequest(`invalid URL escape ${JSON.stringify(token)}`);
      }
      bytes.push(parseInt(token.slice(1), 16));
    } else if (token === '+') {
      bytes.push(0x20);
    } else {
      bytes.push(...encoder.encode(token));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
