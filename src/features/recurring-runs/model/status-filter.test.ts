import { describe, expect, it } from 'vitest';
import type { Page } from '@/lib/kfp/wire/list.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { pageOfScan, scanByStatus, STATUS_SCAN_MAX_PAGES, wantedStatus } from './status-filter.ts';

function item(id: string, status: RecurringRun['status']): RecurringRun {
  return {
    recurring_run_id: id,
    display_name: id,
    description: '',
    pipeline_version_id: undefined,
    pipeline_spec: undefined,
    pipeline_version_reference: undefined,
    runtime_config: undefined,
    service_account: '',
    max_concurrency: '1',
    trigger: undefined,
    mode: 'ENABLE',
    created_at: undefined,
    updated_at: undefined,
    status,
    error: undefined,
    no_catchup: false,
    namespace: '',
    experiment_id: '',
  };
}

/** Pages of two, `count` in all, alternating enabled/disabled; records the tokens asked for. */
function pages(count: number) {
  const asked: (string | undefined)[] = [];
  const fetchPage = (token: string | undefined): Promise<Page<RecurringRun>> => {
    asked.push(token);
    const start = token === undefined ? 0 : Number(token);
    const items = [start, start + 1]
      .filter((n) => n < count)
      .map((n) => item(`r${n}`, n % 2 === 0 ? 'ENABLED' : 'DISABLED'));
    const next = start + 2 < count ? String(start + 2) : undefined;
    return Promise.resolve({ items, total_size: count, next_page_token: next });
  };
  return { fetchPage, asked };
}

describe('scanByStatus', () => {
  it('follows the page tokens to the end and keeps the wanted status, in order', async () => {
    const { fetchPage, asked } = pages(5);
    const scan = await scanByStatus(fetchPage, 'DISABLED');
    expect(scan.items.map((r) => r.recurring_run_id)).toEqual(['r1', 'r3']);
    expect(scan).toMatchObject({ scanned: 5, truncated: false });
    expect(asked).toEqual([undefined, '2', '4']);
  });

  it('stops at the bound and says so', async () => {
    const { fetchPage, asked } = pages(100);
    const scan = await scanByStatus(fetchPage, 'ENABLED');
    expect(asked).toHaveLength(STATUS_SCAN_MAX_PAGES);
    expect(scan).toMatchObject({ scanned: 2 * STATUS_SCAN_MAX_PAGES, truncated: true });
  });

  it('maps the tab to the status', () => {
    expect(wantedStatus('enabled')).toBe('ENABLED');
    expect(wantedStatus('disabled')).toBe('DISABLED');
    expect(wantedStatus('all')).toBeUndefined();
  });
});

describe('pageOfScan', () => {
  it('pages the filtered items with offsets as tokens', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(pageOfScan(items, undefined, 2)).toEqual({ items: ['a', 'b'], nextPageToken: '2' });
    expect(pageOfScan(items, '2', 2)).toEqual({ items: ['c', 'd'], nextPageToken: '4' });
    expect(pageOfScan(items, '4', 2)).toEqual({ items: ['e'], nextPageToken: undefined });
    // A server token left in the URL from the unfiltered list reads as the first page.
    expect(pageOfScan(items, 'eyJvZmZzZXQiOjB9', 2).items).toEqual(['a', 'b']);
  });
});
