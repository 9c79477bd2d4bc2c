import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BulkActionButton } from '@/components/confirm-dialog';
import {
  activeTab,
  DataTable,
  ListTabs,
  SearchBox,
  toTableContent,
  useListParams,
  type ListTab,
} from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import { recurringRunQueries, useSetRecurringRunsEnabled } from '../api/recurring-run-queries.ts';
import {
  experimentIdsOf,
  RECURRING_RUN_DEFAULT_SORT,
  RECURRING_RUN_LIST_PARAMS,
  RECURRING_RUN_SORT_FIELDS,
  recurringRunFilter,
  toRecurringRunRow,
  type RecurringRunRow,
} from '../model/recurring-run-row.ts';
import {
  pageOfScan,
  STATUS_SCAN_MAX_PAGES,
  STATUS_SCAN_PAGE_SIZE,
  STATUS_TABS,
  wantedStatus,
} from '../model/status-filter.ts';
import { recurringRunColumns } from './recurring-run-columns.tsx';
import styles from './recurring-runs.module.css';

const NO_NAMES: ReadonlyMap<string, string> = new Map();
const TABS: readonly [ListTab, ...ListTab[]] = STATUS_TABS;

function plural(count: number): string {
  return `${count} recurring run${count === 1 ? '' : 's'}`;
}

export interface RecurringRunsTableProps {
  readonly namespace: string | undefined;
  /** Restricts the list to one experiment (the experiment page). */
  readonly experimentId?: string;
  /** Prefix of the list's URL parameters on a page with several lists (e.g. `recurring.`). */
  readonly urlPrefix?: string;
}

/** Recurring runs with their trigger in words, searchable and sortable, enabled or disabled one by one or in bulk. */
export function RecurringRunsTable({
  namespace,
  experimentId,
  urlPrefix,
}: RecurringRunsTableProps) {
  const client = useKfpClient();
  const queries = recurringRunQueries(client);
  const list = useListParams({
    listId: 'recurring-runs',
    sortFields: RECURRING_RUN_SORT_FIELDS,
    defaultSort: RECURRING_RUN_DEFAULT_SORT,
    urlPrefix,
  });
  const status = wantedStatus(activeTab(list, RECURRING_RUN_LIST_PARAMS.status, TABS));
  const request = {
    namespace,
    experimentId,
    sortBy: list.sortBy,
    filter: recurringRunFilter(list.searchParams),
  };
  const query = useQuery({
    ...queries.list({ ...request, pageSize: list.pageSize, pageToken: list.pageToken }),
    enabled: status === undefined,
  });
  // KFP cannot filter recurring runs by status: every page is read and filtered here.
  const scan = useQuery({
    ...queries.byStatus(request, status ?? 'ENABLED'),
    enabled: status !== undefined,
  });
  const scanPage = useMemo(
    () => (scan.data ? pageOfScan(scan.data.items, list.pageToken, list.pageSize) : undefined),
    [scan.data, list.pageToken, list.pageSize],
  );
  const shown = status === undefined ? query.data?.items : scanPage?.items;
  const ids = useMemo(() => experimentIdsOf(shown ?? []), [shown]);
  const lookup = useQuery(queries.experimentNames(namespace, ids));
  const names = lookup.data ?? NO_NAMES;
  const namesPending = lookup.isPending && lookup.fetchStatus !== 'idle';
  const toRow = (recurringRun: Parameters<typeof toRecurringRunRow>[0]) =>
    toRecurringRunRow(recurringRun, names, namesPending);
  const content =
    status === undefined
      ? toTableContent(query, (page) => ({
          rows: page.items.map(toRow),
          nextPageToken: page.next_page_token,
          totalSize: page.total_size,
        }))
      : toTableContent(scan, (result) => {
          const page = pageOfScan(result.items, list.pageToken, list.pageSize);
          return {
            rows: page.items.map(toRow),
            nextPageToken: page.nextPageToken,
            totalSize: result.items.length,
          };
        });
  const columns = useMemo(() => recurringRunColumns(namespace), [namespace]);
  const setEnabled = useSetRecurringRunsEnabled();
  const search = list.get(RECURRING_RUN_LIST_PARAMS.search) ?? '';

  return (
    <ListTabs
      list={list}
      label="Recurring run status"
      param={RECURRING_RUN_LIST_PARAMS.status}
      tabs={TABS}
    >
      {scan.data?.truncated && status !== undefined && (
        <p className={styles.note} role="status">
          KFP cannot filter recurring runs by status: these are the matches among the first{' '}
          {STATUS_SCAN_PAGE_SIZE * STATUS_SCAN_MAX_PAGES} ({scan.data.scanned} read); more may
          match.
        </p>
      )}
      <DataTable<RecurringRunRow>
        label="Recurring runs"
        columns={columns}
        content={content}
        list={list}
        getRowId={(row) => row.id}
        getRowLabel={(row) => row.name}
        toolbar={
          <SearchBox
            list={list}
            label="Filter recurring runs by name"
            param={RECURRING_RUN_LIST_PARAMS.search}
          />
        }
        empty={
          search === ''
            ? { title: 'No recurring runs', message: 'Schedule a pipeline from the new-run page.' }
            : { title: `No recurring runs match “${search}”` }
        }
        renderBulkActions={(selected, clear) => {
          const action = (enabled: boolean) => {
            const items = selected
              .filter((row) => row.enabled !== enabled)
              .map((row) => ({ id: row.id, label: row.name }));
            return (
              <BulkActionButton
                label={enabled ? 'Enable' : 'Disable'}
                title={`${enabled ? 'Enable' : 'Disable'} ${plural(items.length)}?`}
                description={
                  enabled
                    ? 'They start creating runs on their schedule again.'
                    : 'They stop creating runs until enabled again.'
                }
                items={items}
                disabledReason={
                  enabled
                    ? 'All selected recurring runs are enabled'
                    : 'All selected recurring runs are disabled'
                }
                execute={(runIds, report) =>
                  setEnabled.mutateAsync({ enabled, ids: runIds, report })
                }
                onDone={clear}
              />
            );
          };
          const [only] = selected;
          return (
            <>
              {selected.length === 1 && only ? (
                <Link
                  className="btn"
                  to={paths.runNew({ ns: namespace, editRecurring: only.id })}
                  title="Saves a new recurring run with your changes and retires this one"
                >
                  Edit
                </Link>
              ) : (
                <button
                  type="button"
                  className="btn"
                  disabled
                  title="Select one recurring run to edit"
                >
                  Edit
                </button>
              )}
              {action(true)}
              {action(false)}
            </>
          );
        }}
      />
    </ListTabs>
  );
}
