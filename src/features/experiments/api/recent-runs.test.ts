import { describe, expect, it } from 'vitest';
import { RECENT_RUNS_REFRESH_MS, recentRunsRefresh } from './recent-runs.ts';

describe('recent runs strip refresh', () => {
  it('polls while a shown run is active and stops when none is', () => {
    expect(recentRunsRefresh(undefined)).toBe(false);
    expect(recentRunsRefresh([{ state: 'SUCCEEDED' }, { state: 'FAILED' }])).toBe(false);
    for (const state of ['PENDING', 'RUNNING', 'CANCELING'] as const)
      expect(recentRunsRefresh([{ state: 'SUCCEEDED' }, { state }])).toBe(RECENT_RUNS_REFRESH_MS);
  });
});
