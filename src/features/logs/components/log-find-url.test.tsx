import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockLayout } from '../testing/happy-dom-layout.ts';
import { LogRoute, logLines } from '../testing/log-route.tsx';
import { FIND_URL_DELAY_MS } from './use-find-draft.ts';

let restoreLayout: () => void = () => undefined;
beforeAll(() => {
  restoreLayout = mockLayout();
});
afterAll(() => {
  restoreLayout();
});

const TEXT = logLines(2000, {
  10: 'load NEEDLE one',
  500: 'needle two',
  1500: 'a needle and a Needle',
});

/**
 * The viewer on a route with a loader, like a page of a data router: every URL change is a
 * navigation that re-runs the loader, so the test can count what typing costs.
 */
async function renderOnLoaderRoute(url = '/logs') {
  let loads = 0;
  const router = createMemoryRouter(
    [
      { path: '/', Component: () => <p>Runs</p> },
      {
        path: '/logs',
        loader: () => {
          loads += 1;
          return null;
        },
        HydrateFallback: () => null,
        Component: () => <LogRoute text={TEXT} />,
      },
    ],
    { initialEntries: ['/', url], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  await screen.findByRole('region', { name: 'Log of train-abc-123' });
  return {
    router,
    loads: () => loads,
    url: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}

const findBox = () => screen.getByRole('searchbox', { name: 'Find in log' });

/** Types `word` one keystroke at a time, as fast as a user could. */
function typeQuickly(word: string): void {
  for (let i = 1; i <= word.length; i++)
    fireEvent.change(findBox(), { target: { value: word.slice(0, i) } });
}

describe('LogViewer find in the URL', () => {
  it('searches on every keystroke but writes the URL once typing pauses, replacing the history entry', async () => {
    const page = await renderOnLoaderRoute();
    expect(page.loads()).toBe(1);

    typeQuickly('needle');
    // The matches are there at once; the URL (and the loader) have not moved yet.
    expect(await screen.findByText('1 of 4')).toBeInTheDocument();
    expect(findBox()).toHaveValue('needle');
    expect(page.url()).toBe('/logs');
    expect(page.loads()).toBe(1);

    await waitFor(() => expect(page.url()).toBe('/logs?find=needle'));
    // One navigation for six keystrokes, and it replaced the entry: Back leaves the log page.
    expect(page.loads()).toBe(2);
    expect(page.router.state.historyAction).toBe('REPLACE');
    expect(findBox()).toHaveValue('needle');
    await act(() => page.router.navigate(-1));
    expect(page.url()).toBe('/');
    expect(screen.getByText('Runs')).toBeInTheDocument();
  });

  it('writes at once when the user steps to a match or flips a toggle', async () => {
    const page = await renderOnLoaderRoute();
    typeQuickly('needle');
    fireEvent.keyDown(findBox(), { key: 'Enter' });
    await waitFor(() => expect(page.url()).toBe('/logs?find=needle'));
    expect(await screen.findByText('2 of 4')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Match case' }));
    await waitFor(() => expect(page.url()).toBe('/logs?find=needle&case=1'));
    expect(await screen.findByText('1 of 2')).toBeInTheDocument();
    expect(page.loads()).toBe(3);
  });

  it('keeps typing that follows a write, and shows a find the URL changes to from outside', async () => {
    const page = await renderOnLoaderRoute('/logs?find=step');
    expect(findBox()).toHaveValue('step');
    typeQuickly('needle');
    await waitFor(() => expect(page.url()).toBe('/logs?find=needle'));
    fireEvent.change(findBox(), { target: { value: 'needle t' } });
    expect(findBox()).toHaveValue('needle t');
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();

    // Another view of the page sets its own find (back/forward, a link): the box follows the URL.
    await act(() => page.router.navigate('/logs?find=NEEDLE&case=1', { replace: true }));
    expect(findBox()).toHaveValue('NEEDLE');
    expect(screen.getByRole('button', { name: 'Match case' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    // The query that was still waiting when the URL changed is dropped, not written over it.
    await new Promise((resolve) => setTimeout(resolve, FIND_URL_DELAY_MS + 100));
    expect(page.url()).toBe('/logs?find=NEEDLE&case=1');
    expect(findBox()).toHaveValue('NEEDLE');
  });
});
