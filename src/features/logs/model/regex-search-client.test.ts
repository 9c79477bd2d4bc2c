import { describe, expect, it } from 'vitest';
import {
  createRegexSearcher,
  type RegexSearchOutcome,
  type RegexSearchRequest,
  type Schedule,
  type SearchWorkerEvents,
} from './regex-search-client.ts';
import { createSearchHost } from './regex-search-host.ts';
import {
  packMatches,
  type FromSearchWorker,
  type ToSearchWorker,
} from './regex-search-protocol.ts';

/** A worker the test drives by hand: it records what it is sent and answers when told to. */
class FakeWorker {
  readonly received: ToSearchWorker[] = [];
  terminated = false;
  constructor(readonly events: SearchWorkerEvents) {}
  postMessage(message: ToSearchWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: FromSearchWorker) {
    this.events.message(message);
  }
  lastSearchId(): number {
    const search = this.received.findLast((message) => message.type === 'search');
    if (search?.type !== 'search') throw new Error('nothing was searched');
    return search.id;
  }
}

/** A clock that moves only when the test says so. */
function manualClock() {
  let now = 0;
  const timers = new Set<{ at: number; callback: () => void }>();
  const schedule: Schedule = (callback, ms) => {
    const timer = { at: now + ms, callback };
    timers.add(timer);
    return () => timers.delete(timer);
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.callback();
    }
  };
  return { schedule, advance, pending: () => timers.size };
}

function setUp(budgetMs = 2000) {
  const workers: FakeWorker[] = [];
  const clock = manualClock();
  const searcher = createRegexSearcher({
    createWorker: (events) => {
      const worker = new FakeWorker(events);
      workers.push(worker);
      return worker;
    },
    schedule: clock.schedule,
    budgetMs,
  });
  const outcomes: RegexSearchOutcome[] = [];
  const search = (request: RegexSearchRequest) =>
    searcher.search(request, (outcome) => outcomes.push(outcome));
  const worker = (index: number) => {
    const found = workers[index];
    if (!found) throw new Error(`no worker ${String(index)}`);
    return found;
  };
  return { searcher, search, workers, worker, clock, outcomes };
}

const LINES = ['alpha', 'beta', 'gamma'];
const request = (overrides: Partial<RegexSearchRequest> = {}): RegexSearchRequest => ({
  lines: LINES,
  regex: /a+/gi,
  fromLine: 0,
  limit: 100,
  ...overrides,
});

describe('createRegexSearcher', () => {
  it('sends the lines once, then the pattern, and passes on the matches', () => {
    const { search, worker, outcomes } = setUp();
    search(request());
    expect(worker(0).received).toEqual([
      { type: 'lines', keep: 0, lines: LINES },
      { type: 'search', id: 1, source: 'a+', flags: 'gi', fromLine: 0, limit: 100 },
    ]);
    worker(0).reply({ type: 'started', id: 1 });
    worker(0).reply({
      type: 'done',
      id: 1,
      matches: packMatches([{ line: 0, start: 0, end: 1 }]),
      truncated: false,
    });
    expect(outcomes).toEqual([
      { kind: 'done', list: { matches: [{ line: 0, start: 0, end: 1 }], truncated: false } },
    ]);
    // The same lines again: only the new pattern travels.
    search(request({ regex: /b/g }));
    expect(worker(0).received.at(-1)).toMatchObject({ type: 'search', id: 2, source: 'b' });
    expect(worker(0).received.filter((message) => message.type === 'lines')).toHaveLength(1);
  });

  it('sends only the new lines of a log that grew from the lines the worker holds', () => {
    const { search, worker } = setUp();
    search(request());
    worker(0).reply({ type: 'done', id: 1, matches: packMatches([]), truncated: false });
    const grown = ['alpha', 'beta', 'gamma', 'delta'];
    search(request({ lines: grown, extends: { lines: LINES, keep: 2 }, fromLine: 2 }));
    expect(worker(0).received.at(-2)).toEqual({
      type: 'lines',
      keep: 2,
      lines: ['gamma', 'delta'],
    });
    worker(0).reply({ type: 'done', id: 2, matches: packMatches([]), truncated: false });
    // Lines that do not extend what the worker holds are sent whole.
    const other = ['x'];
    search(request({ lines: other, extends: { lines: ['y'], keep: 1 } }));
    expect(worker(0).received.at(-2)).toEqual({ type: 'lines', keep: 0, lines: other });
  });

  it('stops a search that runs past the budget, says so once, and starts a fresh worker next time', () => {
    const { search, worker, workers, clock, outcomes } = setUp(2000);
    search(request({ regex: /(.+)+#/gi }));
    // The budget counts from the moment the worker starts matching, not from its start-up.
    clock.advance(5000);
    expect(outcomes).toEqual([]);
    worker(0).reply({ type: 'started', id: 1 });
    clock.advance(1999);
    expect(outcomes).toEqual([]);
    expect(worker(0).terminated).toBe(false);
    clock.advance(1);
    expect(worker(0).terminated).toBe(true);
    expect(outcomes).toEqual([{ kind: 'timeout', budgetMs: 2000 }]);
    // A late answer of the stopped worker changes nothing.
    worker(0).reply({ type: 'done', id: 1, matches: packMatches([]), truncated: false });
    expect(outcomes).toHaveLength(1);

    search(request({ regex: /a/g }));
    expect(workers).toHaveLength(2);
    expect(worker(1).received[0]).toEqual({ type: 'lines', keep: 0, lines: LINES });
    worker(1).reply({ type: 'started', id: 2 });
    worker(1).reply({ type: 'done', id: 2, matches: packMatches([]), truncated: false });
    expect(outcomes.at(-1)).toEqual({ kind: 'done', list: { matches: [], truncated: false } });
    expect(clock.pending()).toBe(0);
  });

  it('a new query cancels the one still running: its worker is stopped and it never reports', () => {
    const { search, worker, workers, clock, outcomes } = setUp();
    search(request({ regex: /(a+)+$/gi }));
    worker(0).reply({ type: 'started', id: 1 });
    search(request({ regex: /beta/gi }));
    expect(worker(0).terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(clock.pending()).toBe(0);
    clock.advance(10_000);
    expect(outcomes).toEqual([]);
    worker(1).reply({ type: 'started', id: 2 });
    worker(1).reply({
      type: 'done',
      id: 2,
      matches: packMatches([{ line: 1, start: 0, end: 4 }]),
      truncated: false,
    });
    expect(outcomes).toEqual([
      { kind: 'done', list: { matches: [{ line: 1, start: 0, end: 4 }], truncated: false } },
    ]);
  });

  it('a new query after a finished one keeps the worker', () => {
    const { search, worker, workers } = setUp();
    search(request());
    worker(0).reply({ type: 'started', id: 1 });
    worker(0).reply({ type: 'done', id: 1, matches: packMatches([]), truncated: true });
    search(request({ regex: /b/g }));
    expect(workers).toHaveLength(1);
    expect(worker(0).terminated).toBe(false);
  });

  it('cancelling or disposing stops a running search silently', () => {
    const { searcher, search, worker, clock, outcomes } = setUp();
    const cancel = search(request());
    worker(0).reply({ type: 'started', id: 1 });
    cancel();
    expect(worker(0).terminated).toBe(true);
    clock.advance(10_000);
    expect(outcomes).toEqual([]);
    // Cancelling a search that has already reported does nothing.
    const { search: search2, worker: worker2, searcher: searcher2 } = setUp();
    const done = search2(request());
    worker2(0).reply({ type: 'done', id: 1, matches: packMatches([]), truncated: false });
    done();
    expect(worker2(0).terminated).toBe(false);
    searcher2.dispose();
    expect(worker2(0).terminated).toBe(true);
    searcher.dispose();
  });

  it('reports a worker that fails to load or crashes, and a pattern the worker refuses', () => {
    const { search, worker, outcomes } = setUp();
    search(request());
    worker(0).events.error();
    expect(outcomes).toEqual([
      { kind: 'failed', message: 'The search worker stopped unexpectedly.' },
    ]);
    expect(worker(0).terminated).toBe(true);
    search(request());
    worker(1).reply({ type: 'failed', id: 2, message: 'Invalid flags' });
    expect(outcomes.at(-1)).toEqual({ kind: 'failed', message: 'Invalid flags' });
  });

  it('reports a worker that cannot be created, later', async () => {
    const searcher = createRegexSearcher({
      createWorker: () => {
        throw new Error('Refused by the content security policy');
      },
    });
    const outcomes: RegexSearchOutcome[] = [];
    searcher.search(request(), (outcome) => outcomes.push(outcome));
    expect(outcomes).toEqual([]);
    await Promise.resolve();
    expect(outcomes).toEqual([
      { kind: 'failed', message: 'Refused by the content security policy' },
    ]);
  });
});

describe('createSearchHost', () => {
  const host = () => {
    const posted: FromSearchWorker[] = [];
    const handle = createSearchHost((message) => posted.push(message));
    return { posted, handle };
  };
  const decoded = (message: FromSearchWorker | undefined) =>
    message?.type === 'done'
      ? { matches: [...message.matches], truncated: message.truncated }
      : message;

  it('says it started, then answers with packed matches over the lines it holds', () => {
    const { posted, handle } = host();
    handle({ type: 'lines', keep: 0, lines: ['aa b', 'c', 'a'] });
    handle({ type: 'search', id: 7, source: 'a+', flags: 'g', fromLine: 0, limit: 10 });
    expect(posted[0]).toEqual({ type: 'started', id: 7 });
    expect(decoded(posted[1])).toEqual({ matches: [0, 0, 2, 2, 0, 1], truncated: false });
    // Kept lines and appended ones; the search starts at fromLine and stops at the limit.
    handle({ type: 'lines', keep: 2, lines: ['a a', 'a'] });
    handle({ type: 'search', id: 8, source: 'a', flags: 'g', fromLine: 2, limit: 2 });
    expect(decoded(posted[3])).toEqual({ matches: [2, 0, 1, 2, 2, 3], truncated: true });
  });

  it('answers an unusable pattern with failed, and ignores what is not a message of the protocol', () => {
    const { posted, handle } = host();
    handle({ type: 'search', id: 1, source: 'a', flags: 'gg', fromLine: 0, limit: 1 });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'failed', id: 1 });
    expect(posted[0]?.type === 'failed' ? posted[0].message : '').toMatch(/flags/i);
    handle({ type: 'search', id: '2' });
    handle(null);
    expect(posted.map((message) => message.type)).toEqual(['failed']);
  });
});
