import type { LogMatch } from './find.ts';

export interface TextPiece {
  readonly text: string;
  /** Index of the match this piece belongs to, or -1 for plain text. */
  readonly match: number;
}

/**
 * Cuts the text of one row (characters [rowStart, rowStart + text.length) of its line) into plain
 * pieces and pieces of the matches [from, to) — matches may start before the row or end after it.
 */
export function highlightPieces(
  text: string,
  rowStart: number,
  matches: readonly LogMatch[],
  from: number,
  to: number,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  const rowEnd = rowStart + text.length;
  let at = 0;
  for (let index = from; index < to; index++) {
    const match = matches[index];
    if (!match || match.end <= rowStart + at || match.start >= rowEnd) continue;
    const start = Math.max(match.start - rowStart, at);
    const end = Math.min(match.end - rowStart, text.length);
    if (start > at) pieces.push({ text: text.slice(at, start), match: -1 });
    pieces.push({ text: text.slice(start, end), match: index });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: -1 });
  return pieces;
}
