import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TableConfig } from '../model/viewer-config.ts';
import { TableViewer } from './table-viewer.tsx';

const rows = (count: number) => Array.from({ length: count }, (_, i) => [String(i), `name ${i}`]);

function bodyRows(): HTMLElement[] {
  const body = screen.getAllByRole('rowgroup')[1];
  if (!body) throw new Error('no table body');
  return within(body)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-hidden') !== 'true');
}

describe('TableViewer', () => {
  it('shows the header and the cells as plain text', () => {
    const config: TableConfig = {
      type: 'table',
      header: ['id', '<b>name</b>'],
      rows: [['1', '<img src=x onerror=alert(1)>']],
      truncated: false,
    };
    const { container } = render(<TableViewer config={config} />);
    expect(screen.getByRole('columnheader', { name: '<b>name</b>' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('1 rows')).toBeInTheDocument();
  });

  it('puts only the rows in view into the DOM, however long the table', () => {
    render(
      <TableViewer
        config={{ type: 'table', header: ['id', 'name'], rows: rows(100_000), truncated: false }}
      />,
    );
    const shown = bodyRows();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(100);
    expect(screen.getByRole('cell', { name: 'name 0' })).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '100001');
    expect(screen.getByText('100,000 rows')).toBeInTheDocument();
  });

  it('sorts by a column on a header click: ascending (numbers by value), descending, file order', () => {
    const config: TableConfig = {
      type: 'table',
      header: ['id', 'name'],
      rows: [
        ['10', 'b'],
        ['9', 'c'],
        ['100', 'a'],
      ],
      truncated: false,
    };
    render(<TableViewer config={config} />);
    const firstColumn = () => bodyRows().map((row) => row.firstElementChild?.textContent);
    expect(firstColumn()).toEqual(['10', '9', '100']);
    fireEvent.click(screen.getByRole('button', { name: 'id' }));
    expect(firstColumn()).toEqual(['9', '10', '100']);
    expect(screen.getByRole('columnheader', { name: /^id/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    fireEvent.click(screen.getByRole('button', { name: /^id/ }));
    expect(firstColumn()).toEqual(['100', '10', '9']);
    expect(screen.getByRole('columnheader', { name: /^id/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    fireEvent.click(screen.getByRole('button', { name: 'name' }));
    expect(firstColumn()).toEqual(['100', '10', '9']);
    fireEvent.click(screen.getByRole('button', { name: /^name/ }));
    fireEvent.click(screen.getByRole('button', { name: /^name/ }));
    expect(firstColumn()).toEqual(['10', '9', '100']);
    expect(screen.getByRole('columnheader', { name: /^name/ })).not.toHaveAttribute('aria-sort');
  });

  it('offers "Load all" for a cut preview', () => {
    const onLoadAll = vi.fn();
    render(
      <TableViewer
        config={{ type: 'table', header: ['id', 'name'], rows: rows(3), truncated: true }}
        onLoadAll={onLoadAll}
      />,
    );
    expect(screen.getByText('3 rows (more in the file)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Load all' }));
    expect(onLoadAll).toHaveBeenCalledOnce();
  });

  it('downloads the rows as CSV, quoting where needed', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:table';
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(
      <TableViewer
        config={{
          type: 'table',
          title: 'scores.csv',
          header: ['a', 'b'],
          rows: [
            ['1', 'x,y'],
            ['=cmd()', '-1'],
          ],
          truncated: false,
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    // A formula-like cell is neutralised (a leading '), a number is not.
    expect(await blobs[0]?.text()).toBe('a,b\n1,"x,y"\n\'=cmd(),-1');
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  it('says when there are no rows, and offers no "Load all" for a whole file', () => {
    render(
      <TableViewer
        config={{ type: 'table', header: ['a'], rows: [], truncated: false }}
        onLoadAll={vi.fn()}
      />,
    );
    expect(screen.getByText('No rows.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load all' })).toBeNull();
  });
});
