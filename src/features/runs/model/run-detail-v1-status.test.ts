import { describe, expect, it } from 'vitest';
import { stateOfV1Status } from './run-detail-v1-status.ts';

describe('v1beta1 run status → v2 run state', () => {
  it('maps the Argo phases KFP reports', () => {
    expect(stateOfV1Status('Pending')).toBe('PENDING');
    expect(stateOfV1Status('Running')).toBe('RUNNING');
    expect(stateOfV1Status('Succeeded')).toBe('SUCCEEDED');
    expect(stateOfV1Status('Skipped')).toBe('SKIPPED');
    expect(stateOfV1Status('Failed')).toBe('FAILED');
    expect(stateOfV1Status('Error')).toBe('FAILED');
    expect(stateOfV1Status('Terminating')).toBe('CANCELING');
    expect(stateOfV1Status('Canceled')).toBe('CANCELED');
  });

  it('says nothing for a status it cannot be sure of', () => {
    expect(stateOfV1Status('Unknown')).toBeUndefined();
    expect(stateOfV1Status('')).toBeUndefined();
    expect(stateOfV1Status('running')).toBeUndefined();
  });
});
