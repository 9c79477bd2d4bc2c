/** Lines longer than this are shown as several rows, so one huge line cannot stall layout or scrolling. */
export const MAX_ROW_CHARS = 5_000;

/**
 * How log lines map to the rows of the virtualized list. Usually one row per line; a very long
 * line is cut into rows of at most `maxRowChars` characters (the first carries the line number).
 */
export interface LogLayout {
  readonly rowCount: number;
  /** The 0-based line a row shows. */
  rowLine(row: number): number;
  /** Where in its line a row starts (0 for the first row of a line). */
  rowStart(row: number): number;
  /** Where in its line a row ends (exclusive). */
  rowEnd(row: number): number;
  /** The first row of a 0-based line. */
  firstRow(line: number): number;
  /** The row that shows character `offset` of a line. */
  rowAt(line: number, offset: number): number;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/** One row per line: the usual case, with no tables at all. */
function identityLayout(lines: readonly string[]): LogLayout {
  const last = lines.length - 1;
  return {
    rowCount: lines.length,
    rowLine: (row) => row,
    rowStart: () => 0,
    rowEnd: (row) => lines[row]?.length ?? 0,
    firstRow: (line) => clamp(line, last),
    rowAt: (line) => clamp(line, last),
  };
}

/** Cut points of a long line, never between the two halves of a surrogate pair. */
function cuts(line: string, maxRowChars: number): number[] {
  const starts = [0];
  let start = 0;
  while (line.length - start > maxRowChars) {
    let end = start + maxRowChars;
    const before = line.charCodeAt(end - 1);
    if (before >= 0xd800 && before <= 0xdbff) end -= 1;
    starts.push(end);
    start = end;
  }
  return starts;
}

export function layoutLines(
  lines: readonly string[],
  maxRowChars: number = MAX_ROW_CHARS,
): LogLayout {
  if (!lines.some((line) => line.length > maxRowChars)) return identityLayout(lines);

  const firstRows = new Int32Array(lines.length + 1);
  const rowLines: number[] = [];
  const rowStarts: number[] = [];
  lines.forEach((line, index) => {
    firstRows[index] = rowLines.length;
    for (const start of cuts(line, maxRowChars)) {
      rowLines.push(index);
      rowStarts.push(start);
    }
  });
  firstRows[lines.length] = rowLines.length;
  const rowCount = rowLines.length;
  const lineOf = Int32Array.from(rowLines);
  const startOf = Int32Array.from(rowStarts);
  const firstRow = (line: number) => firstRows[clamp(line, lines.length - 1)] ?? 0;
  const rowEnd = (row: number) => {
    const line = lineOf[row] ?? 0;
    return (lineOf[row + 1] === line ? startOf[row + 1] : undefined) ?? lines[line]?.length ?? 0;
  };
  return {
    rowCount,
    rowLine: (row) => lineOf[row] ?? 0,
    rowStart: (row) => startOf[row] ?? 0,
    rowEnd,
    firstRow,
    rowAt: (line, offset) => {
      let row = firstRow(line);
      const last = (firstRows[clamp(line, lines.length - 1) + 1] ?? rowCount) - 1;
      while (row < last && rowEnd(row) <= offset) row++;
      return row;
    },
  };
}
