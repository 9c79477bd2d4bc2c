import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ITEMS,
  pagedServer,
  type Server,
  renderAt,
  url,
  bodyRows,
  names,
} from './data-table.test-kit.tsx';

afterEach(() => {
  window.localStorage.clear();
});

describe('DataTable paging', () => {
  it('walks forward and back with the server tokens kept in the URL', () => {
    renderAt('/things?size=10', ({ token, pageSize }) => pagedServer(token, pageSize));
    expect(names()).toEqual(ITEMS.slice(0, 10).map((item) => item.name));
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(screen.getByText(/1–10 of 25 · Page 1 of 3/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(url().getAll('pt')).toEqual(['tok-10']);
    expect(names()[0]).toBe('item 11');

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(url().getAll('pt')).toEqual(['tok-10', 'tok-20']);
    expect(names()).toEqual(['item 21', 'item 22', 'item 23', 'item 24', 'item 25']);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByText(/21–25 of 25 · Page 3 of 3/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(url().getAll('pt')).toEqual(['tok-10']);
    expect(names()[0]).toBe('item 11');
  });

  it('opens a deep page straight from a reloaded URL and can still go back', () => {
    const server = vi.fn<Server>(({ token, pageSize }) => pagedServer(token, pageSize));
    renderAt('/things?size=10&pt=tok-10&pt=tok-20', server);
    expect(server).toHaveBeenCalledWith(expect.objectContaining({ token: 'tok-20' }));
    expect(server).not.toHaveBeenCalledWith(expect.objectContaining({ token: undefined }));
    expect(names()[0]).toBe('item 21');
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(names()[0]).toBe('item 11');
  });

  it('changes the page size, remembers it and starts again at page 1', () => {
    renderAt('/things?pt=tok-20', ({ token, pageSize }) => pagedServer(token, pageSize));
    fireEvent.change(screen.getByLabelText('Rows per page'), { target: { value: '50' } });
    expect(url().get('size')).toBe('50');
    expect(url().getAll('pt')).toEqual([]);
    expect(bodyRows()).toHaveLength(25);
    expect(window.localStorage.getItem('kfp-dashboard:page-size:things')).toBe('50');
  });

  it('uses the stored page size when the URL has none', () => {
    window.localStorage.setItem('kfp-dashboard:page-size:things', '10');
    renderAt('/things', ({ token, pageSize }) => pagedServer(token, pageSize));
    expect(bodyRows()).toHaveLength(10);
  });
});

describe('DataTable sorting', () => {
  it('maps a header click to the server sort field and restarts paging', () => {
    const server = vi.fn<Server>(({ token, pageSize }) => pagedServer(token, pageSize));
    renderAt('/things?pt=tok-20', server);
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(
      within(screen.getByRole('columnheader', { name: /Description/ })).queryByRole('button'),
    ).toBeNull();

    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(url().get('sort')).toBe('display_name');
    expect(url().get('order')).toBe('asc');
    expect(url().getAll('pt')).toEqual([]);
    expect(server).toHaveBeenLastCalledWith(
      expect.objectContaining({ sortBy: 'display_name', token: undefined }),
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(server).toHaveBeenLastCalledWith(
      expect.objectContaining({ sortBy: 'display_name desc' }),
    );
  });
});

describe('DataTable states', () => {
  it('shows skeleton rows and a status while loading', () => {
    renderAt('/things', () => ({ status: 'loading' }));
    expect(screen.getByRole('table', { name: 'Things' })).toHaveAttribute('aria-busy', 'true');
    expect(
      within(screen.getByRole('table', { name: 'Things' })).getByRole('status'),
    ).toHaveTextContent('Loading…');
    expect(document.querySelectorAll('tr[data-skeleton]')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('shows the empty state for a page with no rows', () => {
    renderAt('/things', () => ({ status: 'ready', rows: [], totalSize: 0 }));
    expect(screen.getByText('No things')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server message with Retry, and a way back from a stale page token', () => {
    const onRetry = vi.fn();
    renderAt('/things?pt=stale', () => ({
      status: 'error',
      message: 'Invalid input error: invalid page token',
      onRetry,
    }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid input error: invalid page token');
    expect(screen.queryByText('No things')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
    fireEvent.click(within(alert).getByRole('button', { name: 'Back to first page' }));
    expect(url().getAll('pt')).toEqual([]);
  });

  it('keeps rows and adds a banner when a refresh fails', () => {
    renderAt('/things', () => ({
      ...pagedServer(undefined, 20),
      refreshError: { message: 'upstream timeout', onRetry: () => undefined },
    }));
    expect(screen.getByRole('alert')).toHaveTextContent('upstream timeout');
    expect(bodyRows()).toHaveLength(20);
  });
});
