import type { Page } from '@/lib/kfp/wire/list.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';

/**
 * The enabled/disabled filter of the recurring-runs list. KFP cannot filter recurring runs by status:
 * its filter keys for them are `recurring_run_id`/`id`, `display_name`/`name`, `created_at`, `updated_at`
 * and `description` (kubeflow/pipelines `backend/src/apiserver/model/job.go`, `jobAPIToModelFieldMap`;
 * any other key is a 400). So the list reads every page (200 per request, the server's maximum) with the
 * same search and sort, and keeps the matching ones, up to a bound.
 */
export const STATUS_TABS = [
  { value: 'all', label: 'All' },
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
] as const;

export function wantedStatus(tab: string): RecurringRun['status'] | undefined {
  return tab === 'enabled' ? 'ENABLED' : tab === 'disabled' ? 'DISABLED' : undefined;
}

export const STATUS_SCAN_PAGE_SIZE = 200;
/** 1,000 recurring runs: far more than a namespace usually has. */
export const STATUS_SCAN_MAX_PAGES = 5;

export interface StatusScan {
  readonly items: readonly RecurringRun[];
  /** How many recurring runs were read. */
  readonly scanned: number;
  /** The bound was reached before the last page: more may match. */
  readonly truncated: boolean;
}

/** Reads pages one after another (each token comes from the page before) and keeps those with `status`. */
export async function scanByStatus(
  fetchPage: (pageToken: string | undefined) => Promise<Page<RecurringRun>>,
  status: RecurringRun['status'],
): Promise<StatusScan> {
  const items: RecurringRun[] = [];
  let scanned = 0;
  let token: string | undefined;
  for (let page = 0; page < STATUS_SCAN_MAX_PAGES; page += 1) {
    const result = await fetchPage(token);
    scanned += result.items.length;
    items.push(...result.items.filter((item) => item.status === status));
    token = result.next_page_token;
    if (token === undefined) return { items, scanned, truncated: false };
  }
  return { items, scanned, truncated: true };
}

/**
 * One page of a scan. The list's page tokens (kept in the URL like the server's) are offsets here, so
 * paging through a filtered list asks the server nothing more.
 */
export function pageOfScan<T>(
  items: readonly T[],
  pageToken: string | undefined,
  pageSize: number,
): { readonly items: readonly T[]; readonly nextPageToken: string | undefined } {
  const parsed = Number(pageToken ?? '0');
  const offset = Number.isSafeInteger(parsed) && parsed > 0 ? parsed : 0;
  const end = offset + pageSize;
  return {
    items: items.slice(offset, end),
    nextPageToken: end < items.length ? String(end) : undefined,
  };
}
