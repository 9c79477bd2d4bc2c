import { describe, expect, it } from 'vitest';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { experimentIdsOf, recurringRunFilter, toRecurringRunRow } from './recurring-run-row.ts';

function recurringRun(overrides: Partial<RecurringRun>): RecurringRun {
  return {
    recurring_run_id: 'rr1',
    display_name: 'nightly',
    description: '',
    pipeline_version_id: undefined,
    pipeline_spec: undefined,
    pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: undefined },
    runtime_config: undefined,
    service_account: '',
    max_concurrency: '1',
    trigger: {
      cron_schedule: { cron: '0 0 2 * * ?', start_time: undefined, end_time: undefined },
      periodic_schedule: undefined,
    },
    mode: 'ENABLE',
    created_at: '2026-08-01T00:00:00Z',
    updated_at: undefined,
    status: 'ENABLED',
    error: undefined,
    no_catchup: false,
    namespace: 'kubeflow-alice',
    experiment_id: 'e1',
    ...overrides,
  };
}

describe('toRecurringRunRow', () => {
  it('describes the trigger and names the experiment', () => {
    expect(toRecurringRunRow(recurringRun({}), new Map([['e1', 'Nightly training']]))).toEqual({
      id: 'rr1',
      name: 'nightly',
      enabled: true,
      trigger: 'At 02:00',
      triggerSource: 'cron: 0 0 2 * * ?',
      startTime: undefined,
      endTime: undefined,
      experiment: { id: 'e1', name: 'Nightly training', pending: false },
      createdAt: '2026-08-01T00:00:00Z',
    });
  });

  it('reads a disabled run and an unknown experiment', () => {
    const row = toRecurringRunRow(
      recurringRun({ status: 'DISABLED', experiment_id: 'e2' }),
      new Map(),
    );
    expect(row.enabled).toBe(false);
    expect(row.experiment).toEqual({ id: 'e2', name: undefined, pending: false });
    expect(toRecurringRunRow(recurringRun({}), new Map(), true).experiment).toEqual({
      id: 'e1',
      name: undefined,
      pending: true,
    });
  });
});

describe('schedule window', () => {
  it('reads start and end from a cron or a periodic trigger', () => {
    const window = { start_time: '2026-09-01T00:00:00Z', end_time: '2026-12-31T00:00:00Z' };
    expect(
      toRecurringRunRow(
        recurringRun({
          trigger: {
            cron_schedule: { cron: '0 0 2 * * ?', ...window },
            periodic_schedule: undefined,
          },
        }),
        new Map(),
      ),
    ).toMatchObject({ startTime: window.start_time, endTime: window.end_time });
    expect(
      toRecurringRunRow(
        recurringRun({
          trigger: {
            cron_schedule: undefined,
            periodic_schedule: { interval_second: '3600', ...window, end_time: undefined },
          },
        }),
        new Map(),
      ),
    ).toMatchObject({ startTime: window.start_time, endTime: undefined, trigger: 'Every hour' });
  });
});

describe('list helpers', () => {
  it('collects experiment ids once and filters by name', () => {
    expect(
      experimentIdsOf([
        recurringRun({ experiment_id: 'b' }),
        recurringRun({ experiment_id: 'a' }),
        recurringRun({ experiment_id: 'b' }),
      ]),
    ).toEqual(['a', 'b']);
    expect(recurringRunFilter(new URLSearchParams('q=night'))).toEqual({
      predicates: [{ key: 'display_name', operation: 'IS_SUBSTRING', string_value: 'night' }],
    });
    expect(recurringRunFilter(new URLSearchParams())).toEqual({ predicates: [] });
  });
});
