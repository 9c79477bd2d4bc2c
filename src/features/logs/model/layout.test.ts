import { describe, expect, it } from 'vitest';
import { layoutLines } from './layout.ts';

describe('layoutLines', () => {
  it('gives one row per line when no line is too long', () => {
    const layout = layoutLines(['a', 'bb', 'ccc'], 10);
    expect(layout.rowCount).toBe(3);
    expect(
      [0, 1, 2].map((row) => [layout.rowLine(row), layout.rowStart(row), layout.rowEnd(row)]),
    ).toEqual([
      [0, 0, 1],
      [1, 0, 2],
      [2, 0, 3],
    ]);
    expect(layout.firstRow(2)).toBe(2);
    expect(layout.rowAt(1, 1)).toBe(1);
  });

  it('has no rows for no lines', () => {
    expect(layoutLines([]).rowCount).toBe(0);
  });

  it('cuts a long line into rows of at most maxRowChars', () => {
    const layout = layoutLines(['short', 'x'.repeat(25), 'end'], 10);
    expect(layout.rowCount).toBe(5);
    const rows = Array.from({ length: layout.rowCount }, (_, row) => [
      layout.rowLine(row),
      layout.rowStart(row),
      layout.rowEnd(row),
    ]);
    expect(rows).toEqual([
      [0, 0, 5],
      [1, 0, 10],
      [1, 10, 20],
      [1, 20, 25],
      [2, 0, 3],
    ]);
    expect(layout.firstRow(1)).toBe(1);
    expect(layout.firstRow(2)).toBe(4);
    expect(layout.rowAt(1, 0)).toBe(1);
    expect(layout.rowAt(1, 10)).toBe(2);
    expect(layout.rowAt(1, 24)).toBe(3);
    expect(layout.rowAt(2, 0)).toBe(4);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const line = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;
    const layout = layoutLines([line], 10);
    expect(layout.rowEnd(0)).toBe(9);
    expect(line.slice(layout.rowStart(1), layout.rowEnd(1))).toBe(`😀${'b'.repeat(5)}`);
  });

  it('clamps lines outside the log', () => {
    const layout = layoutLines(['a', 'x'.repeat(30)], 10);
    expect(layout.firstRow(-5)).toBe(0);
    expect(layout.firstRow(99)).toBe(1);
  });
});
