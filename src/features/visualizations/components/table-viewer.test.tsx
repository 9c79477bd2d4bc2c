import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TableConfig } from '../model/viewer-config.ts';
import { TABLE_PAGE_SIZE, TableViewer } from './table-viewer.tsx';

const rows = (count: number) => Array.from({ length: count }, (_, i) => [String(i), `name ${i}`]);

describe('TableViewer', () => {
  it('shows the header and the cells as plain text', () => {
    const config: TableConfig = { type: 'table', header: ['id', '<b>name</b>'], rows: [['1', '<img src=x onerror=alert(1)>']], truncated: false };
    const { container } = render(<TableViewer config={config} />);
    expect(screen.getByRole('columnheader', { name: '<b>name</b>' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('Rows 1–1 of 1')).toBeInTheDocument();
  });

  it('pages through long tables', () => {
    render(<TableViewer config={{ type: 'table', header: ['id', 'name'], rows: rows(120), truncated: false }} />);
    const body = () => screen.getAllByRole('rowgroup')[1];
    expect(within(body() ?? document.body).getAllByRole('row')).toHaveLength(TABLE_PAGE_SIZE);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Rows 101–120 of 120')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'name 119' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('offers "Load all" for a cut preview', () => {
    const onLoadAll = vi.fn();
    render(<TableViewer config={{ type: 'table', header: ['id', 'name'], rows: rows(3), truncated: true }} onLoadAll={onLoadAll} />);
    expect(screen.getByText('Rows 1–3 of 3 (more in the file)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Load all' }));
    expect(onLoadAll).toHaveBeenCalledOnce();
  });

  it('says when there are no rows, and offers no "Load all" for a whole file', () => {
    render(<TableViewer config={{ type: 'table', header: ['a'], rows: [], truncated: false }} onLoadAll={vi.fn()} />);
    expect(screen.getByText('No rows.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load all' })).toBeNull();
  });
});
