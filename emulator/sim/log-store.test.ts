import { describe, expect, it } from 'vitest';
import { createLogStore } from './log-store.ts';

describe('createLogStore', () => {
  it('stores, replaces and removes pod logs', () => {
    const logs = createLogStore();
    logs.put('pod-1', { namespace: 'kubeflow-alice', runId: 'r1', lines: ['a'] });
    logs.put('pod-1', { namespace: 'kubeflow-alice', runId: 'r1', lines: ['a', 'b'] });
    expect(logs.get('pod-1')?.lines).toEqual(['a', 'b']);
    logs.remove('pod-1');
    expect(logs.get('pod-1')).toBeUndefined();
  });
});
