import { describe, expect, it } from 'vitest';
import { legacyHashRedirect } from './legacy-hash.ts';

describe('legacyHashRedirect', () => {
  it.each([
    ['#/pipelines/details/p-1', '/pipelines/p-1'],
    ['#/pipelines/details/p-1/version/v-2', '/pipelines/p-1?version=v-2'],
    ['#/runs/details/r-1', '/runs/r-1'],
    ['#/runs/details/r-1/execution/42', '/runs/r-1'],
    ['#/experiments/details/e-1', '/experiments/e-1'],
    ['#/recurringrun/details/rr-1', '/recurring-runs/rr-1'],
    ['#/pipelines', '/pipelines'],
    ['#/experiments', '/experiments'],
    ['#/runs', '/runs'],
    ['#/archive/runs', '/runs'],
    ['#/recurringruns', '/recurring-runs'],
    ['#/compare?runlist=a,b', '/compare?runs=a%2Cb'],
    ['#/runs/details/r-1?ns=kubeflow-alice', '/runs/r-1?ns=kubeflow-alice'],
    ['#/runs/details/a%20b', '/runs/a%20b'],
  ])('%s → %s', (hash, target) => {
    expect(legacyHashRedirect(hash)).toBe(target);
  });

  it.each(['', '#', '#L10', '#/somewhere/else', '#/runs/details/%E0%A4%A'])(
    'leaves %j alone',
    (hash) => {
      expect(legacyHashRedirect(hash)).toBeUndefined();
    },
  );
});
