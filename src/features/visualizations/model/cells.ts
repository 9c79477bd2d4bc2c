import { quote } from './guards.ts';
import { VisualizationError } from './viewer-config.ts';

/** Cell readers shared by the CSV builders; messages name the row (1-based) and the column. */

export function checkRowWidth(
  row: readonly string[],
  rowNumber: number,
  expected: number,
  what: string,
  against: string,
): void {
  if (row.length !== expected) {
    throw new VisualizationError(
      what,
      `row ${rowNumber} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'}, ${against} has ${expected}`,
    );
  }
}

/** A finite number from a cell (`1`, ` 0.5 `, `1e-3`); an empty or non-numeric cell is an error. */
export function numberCell(
  cell: string | undefined,
  rowNumber: number,
  column: string,
  what: string,
): number {
  const text = (cell ?? '').trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new VisualizationError(
      what,
      `row ${rowNumber}: ${column} ${quote(text)} is not a number`,
    );
  }
  return value;
}

/** Like numberCell, also accepting infinities as Python and JavaScript write them (`inf`, `-Infinity`). */
export function extendedNumberCell(
  cell: string | undefined,
  rowNumber: number,
  column: string,
  what: string,
): number {
  const text = (cell ?? '').trim().toLowerCase();
  if (/^\+?inf(inity)?$/.test(text)) return Number.POSITIVE_INFINITY;
  if (/^-inf(inity)?$/.test(text)) return Number.NEGATIVE_INFINITY;
  return numberCell(cell, rowNumber, column, what);
}

/** A number in [0, 1] (a rate). */
export function rateCell(
  cell: string | undefined,
  rowNumber: number,
  column: string,
  what: string,
): number {
  const value = numberCell(cell, rowNumber, column, what);
  if (value < 0 || value > 1) {
    throw new VisualizationError(what, `row ${rowNumber}: ${column} ${value} is outside 0..1`);
  }
  return value;
}
