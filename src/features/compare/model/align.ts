export interface AlignedRow<T> {
  readonly key: string;
  /** One cell per column, in column order; undefined where that column has no item of this key. */
  readonly cells: readonly (T | undefined)[];
}

/**
 * Lines up the items of several columns by key: one row per key, in the order keys first appear
 * (column by column). A key repeated inside one column keeps its first item.
 */
export function alignByKey<T>(
  columns: readonly (readonly T[])[],
  keyOf: (item: T) => string,
): AlignedRow<T>[] {
  const rows = new Map<string, (T | undefined)[]>();
  columns.forEach((items, column) => {
    for (const item of items) {
      const key = keyOf(item);
      let cells = rows.get(key);
      if (cells === undefined) {
        cells = columns.map(() => undefined);
        rows.set(key, cells);
      }
      if (cells[column] === undefined) cells[column] = item;
    }
  });
  return [...rows].map(([key, cells]) => ({ key, cells }));
}

/** Whether the cells of a row are not all the same (a missing cell differs from any value). */
export function cellsDiffer<T>(
  cells: readonly (T | undefined)[],
  same: (a: T, b: T) => boolean,
): boolean {
  const [first, ...rest] = cells;
  return rest.some((cell) =>
    first === undefined || cell === undefined ? first !== cell : !same(first, cell),
  );
}
