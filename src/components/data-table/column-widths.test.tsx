import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tableMinWidth } from './column-widths.ts';
import { pagedServer, renderAt } from './data-table.test-kit.tsx';

describe('DataTable column widths', () => {
  it('fixes only the columns with a size; the others (no TanStack default of 150) share the rest', () => {
    renderAt('/things', ({ token, pageSize }) => pagedServer(token, pageSize), {
      bulk: () => undefined,
      expand: true,
    });
    const table = screen.getByRole('table', { name: 'Things' });
    const widths = [...table.querySelectorAll('col')].map((col) => col.style.width);
    // The checkbox and expand columns have sizes; Name, Description and Created have none.
    expect(widths).toEqual(['44px', '56px', '', '', '']);
    expect(table.style.minWidth).toBe('calc(100px + 19.5rem)');
  });
});

describe('tableMinWidth', () => {
  it('adds each free column at its minimum to the sized ones', () => {
    expect(tableMinWidth([44, undefined, 180, undefined])).toBe('calc(224px + 13rem)');
    expect(tableMinWidth([44, 56])).toBe('100px');
  });
});
