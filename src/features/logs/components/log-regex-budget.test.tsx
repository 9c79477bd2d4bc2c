import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import type { Schedule, SearchWorkerEvents } from '../model/regex-search-client.ts';
import { createSearchHost } from '../model/regex-search-host.ts';
import type { ToSearchWorker } from '../model/regex-search-protocol.ts';
import { mockLayout } from '../testing/happy-dom-layout.ts';
import { LogRoute, logLines } from '../testing/log-route.tsx';
import { createTestStore } from '../testing/test-store.ts';
import { SearchWorkerContext } from './search-worker-context.ts';

let restoreLayout: () => void = () => undefined;
beforeAll(() => {
  restoreLayout = mockLayout();
});
afterAll(() => {
  restoreLayout();
});

/**
 * Workers that search for real (the worker's own host code), except that a pattern with nested
 * repetition never ends: it says it started and then stays silent, like a runaway regex.
 */
function fakeWorkers() {
  const made: { terminated: boolean; searched: string[] }[] = [];
  const createWorker = (events: SearchWorkerEvents) => {
    const worker = { terminated: false, searched: new Array<string>() };
    made.push(worker);
    const host = createSearchHost((message) => {
      queueMicrotask(() => {
        if (!worker.terminated) events.message(message);
      });
    });
    return {
      postMessage: (message: ToSearchWorker) => {
        if (message.type === 'search') {
          worker.searched.push(message.source);
          if (message.source.includes('+)+')) {
            queueMicrotask(() => events.message({ type: 'started', id: message.id }));
            return;
          }
        }
        host(message);
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  return { made, createWorker };
}

function manualClock() {
  const timers = new Set<{ at: number; callback: () => void }>();
  let now = 0;
  const schedule: Schedule = (callback, ms) => {
    const timer = { at: now + ms, callback };
    timers.add(timer);
    return () => timers.delete(timer);
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers])
      if (timer.at <= now) {
        timers.delete(timer);
        timer.callback();
      }
  };
  return { schedule, advance };
}

const findBox = () => screen.getByRole('searchbox', { name: 'Find in log' });
const STOPPED =
  'Stopped: the regular expression (a+)+$ took longer than 2 s on this log. Simplify it: nested repetition such as (a+)+ or (.+)+ can take exponentially long.';

const liveText = createTestStore('');
function LiveRoute() {
  const text = useSyncExternalStore(liveText.subscribe, liveText.get);
  return <LogRoute text={text} running />;
}

describe('regex find under a time budget', () => {
  it('stops a runaway pattern from the URL with a message naming it, and a new query searches again', async () => {
    const workers = fakeWorkers();
    const clock = manualClock();
    renderWithApp(
      <SearchWorkerContext value={{ createWorker: workers.createWorker, schedule: clock.schedule }}>
        <LogRoute text={logLines(500, { 7: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' })} />
      </SearchWorkerContext>,
      { url: '/?find=(a%2B)%2B%24&regex=1' },
    );
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    expect(screen.queryByText(STOPPED)).toBeNull();
    act(() => clock.advance(2000));
    expect(await screen.findByText(STOPPED)).toBeInTheDocument();
    expect(screen.getByText('Stopped')).toBeInTheDocument();
    expect(findBox()).toHaveAccessibleDescription(STOPPED);
    expect(workers.made[0]?.terminated).toBe(true);

    // A simpler query runs in a fresh worker and finds its matches; the message goes.
    fireEvent.change(findBox(), { target: { value: 'step 4\\d$' } });
    expect(await screen.findByText('1 of 10')).toBeInTheDocument();
    expect(screen.queryByText(STOPPED)).toBeNull();
    expect(workers.made).toHaveLength(2);
    expect(workers.made[1]?.searched).toEqual(['step 4\\d$']);

    // Plain text is searched on this thread: no worker hears of it.
    fireEvent.click(screen.getByRole('button', { name: 'Regular expression' }));
    fireEvent.change(findBox(), { target: { value: 'step 12' } });
    await waitFor(() => expect(screen.getByRole('search').textContent).toMatch(/^\d+ of 11$/));
    expect(workers.made.flatMap((worker) => worker.searched)).toEqual(['(a+)+$', 'step 4\\d$']);
  });

  it('does not try a stopped pattern again as the log grows', async () => {
    const workers = fakeWorkers();
    const clock = manualClock();
    liveText.set(logLines(50));
    renderWithApp(
      <SearchWorkerContext value={{ createWorker: workers.createWorker, schedule: clock.schedule }}>
        <LiveRoute />
      </SearchWorkerContext>,
      { url: '/?find=(a%2B)%2B%24&regex=1' },
    );
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    act(() => clock.advance(2000));
    expect(await screen.findByText(STOPPED)).toBeInTheDocument();
    act(() => liveText.set(logLines(80)));
    expect(screen.getByRole('toolbar', { name: 'Log actions' })).toHaveTextContent('80 lines');
    expect(screen.getByText(STOPPED)).toBeInTheDocument();
    expect(workers.made.flatMap((worker) => worker.searched)).toEqual(['(a+)+$']);
  });
});
