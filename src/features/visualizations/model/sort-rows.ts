export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  readonly column: number;
  readonly direction: SortDirection;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The cell as a number when it is one ("1e3", " 0.5 "), else undefined. */
function asNumber(cell: string | undefined): number | undefined {
  return cell !== undefined && NUMBER.test(cell) ? Number(cell) : undefined;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Numbers before text; numbers by value, text in natural order ("row 2" before "row 10"). */
export function compareCells(a: string | undefined, b: string | undefined): number {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  return collator.compare(a ?? '', b ?? '');
}

/** The rows in the order of `sort` (stable: equal cells keep their file order); the input is not changed. */
export function sortRows(
  rows: readonly (readonly string[])[],
  sort: TableSort | undefined,
): readonly (readonly string[])[] {
  if (sort === undefined) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) => sign * compareCells(a.row[sort.column], b.row[sort.column]) || a.index - b.index,
    )
    .map(({ row }) => row);
}

/** Header clicks cycle: ascending → descending → file order. */
export function nextSort(current: TableSort | undefined, column: number): TableSort | undefined {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}
