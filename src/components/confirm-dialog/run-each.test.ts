import { describe, expect, it } from 'vitest';
import { runEach, type ItemOutcome } from './run-each.ts';

describe('runEach', () => {
  it('reports each outcome with the error message and keeps input order', async () => {
    const reported: [string, ItemOutcome][] = [];
    const outcomes = await runEach(
      ['a', 'b', 'c'],
      (id) => (id === 'b' ? Promise.reject(new Error('run b is not archived')) : Promise.resolve()),
      (id, outcome) => reported.push([id, outcome]),
    );
    expect(outcomes).toEqual([
      { ok: true },
      { ok: false, message: 'run b is not archived' },
      { ok: true },
    ]);
    expect(new Map(reported)).toEqual(
      new Map([
        ['a', { ok: true }],
        ['b', { ok: false, message: 'run b is not archived' }],
        ['c', { ok: true }],
      ]),
    );
  });

  it('never has more calls in flight than the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const ids = Array.from({ length: 10 }, (_, i) => `id-${i}`);
    await runEach(
      ids,
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
      },
      undefined,
      3,
    );
    expect(peak).toBe(3);
  });

  it('resolves at once for no ids', async () => {
    await expect(runEach([], () => Promise.resolve())).resolves.toEqual([]);
  });
});
