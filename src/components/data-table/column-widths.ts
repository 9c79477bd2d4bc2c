/**
 * Column widths of a DataTable (`table-layout: fixed`): a column with a `size` is exactly that many
 * pixels wide; the others share what is left, each at least `FREE_COLUMN_MIN_REM` wide (a narrower
 * frame scrolls the table sideways). TanStack Table gives every column a default `size` of 150, which
 * made every column fixed and the table share out the rest in proportion: a checkbox column 121 px
 * wide on a 1920 px window, the runs table wider than a 1280 px one. DataTable turns that default off
 * (`NO_DEFAULT_SIZE`), so a column without a size of its own is free.
 */
export const FREE_COLUMN_MIN_REM = 6.5;

/** For useReactTable's `defaultColumn`: no size unless the column gives one. */
export const NO_DEFAULT_SIZE = { size: undefined };

/** The table's least width (CSS): every sized column, and each free one at its minimum. */
export function tableMinWidth(sizes: readonly (number | undefined)[]): string {
  const fixed = sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  const free = sizes.filter((size) => size === undefined).length;
  return free === 0 ? `${fixed}px` : `calc(${fixed}px + ${free * FREE_COLUMN_MIN_REM}rem)`;
}
