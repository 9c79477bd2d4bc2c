import { stripAnsi } from './ansi.ts';

/**
 * What a terminal shows for a line with carriage returns (progress bars such as tqdm rewrite the
 * line in place): every segment after a `\r` overwrites the start of the line.
 */
function overprint(line: string): string {
  let shown = '';
  for (const segment of line.split('\r')) shown = segment + shown.slice(segment.length);
  return shown;
}

/**
 * Splits a pod log into the lines a reader sees: `\n` and `\r\n` end lines, a final newline does not
 * start an empty last line, lone `\r` overwrite like in a terminal, ANSI escapes are stripped.
 * An empty log has no lines.
 */
export function splitLogLines(text: string): string[] {
  if (text === '') return [];
  const lines = stripAnsi(text).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (!line.includes('\r')) continue;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines[i] = line.includes('\r') ? overprint(line) : line;
  }
  return lines;
}
