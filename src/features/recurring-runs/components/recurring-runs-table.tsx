import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { BulkActionButton } from '@/components/confirm-dialog';
import {
  DataTable,
  DateTime,
  SearchBox,
  TextPlaceholder,
  toTableContent,
  useListParams,
} from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import { recurringRunQueries, useSetRecurringRunsEnabled } from '../api/recurring-run-queries';
import {
  experimentIdsOf,
  RECURRING_RUN_DEFAULT_SORT,
  RECURRING_RUN_LIST_PARAMS,
  RECURRING_RUN_SORT_FIELDS,
  recurringRunFilter,
  toRecurringRunRow,
  type RecurringRunRow,
} from '../model/recurring-run-row';
import { EnabledCell } from './enabled-cell';
import styles from './recurring-runs.module.css';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

function recurringRunColumns(ns: string | undefined): ColumnDef<RecurringRunRow>[] {
  return [
    {
      id: 'name',
      header: 'Recurring run name',
      cell: ({ row }) => (
        <Link to={paths.recurringRun(row.original.id, { ns })}>{row.original.name}</Link>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      size: 200,
      cell: ({ row }) => <EnabledCell row={row.original} />,
    },
    {
      id: 'trigger',
      header: 'Trigger',
      cell: ({ row }) => <span title={row.original.triggerSource}>{row.original.trigger}</span>,
    },
    {
      id: 'experiment',
      header: 'Experiment',
      cell: ({ row }) =>
        row.original.experiment === undefined ? (
          <span className={styles.muted}>–</span>
        ) : row.original.experiment.pending ? (
          <TextPlaceholder label="Loading name…" />
        ) : (
          <Link
            to={paths.experiment(row.original.experiment.id, { ns })}
            title={row.original.experiment.id}
          >
            {row.original.experiment.name ?? row.original.experiment.id}
          </Link>
        ),
    },
    {
      id: 'created_at',
      header: 'Created',
      size: 190,
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
  ];
}

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
  const query = useQuery(
    queries.list({
      namespace,
      experimentId,
      pageSize: list.pageSize,
      pageToken: list.pageToken,
      sortBy: list.sortBy,
      filter: recurringRunFilter(list.searchParams),
    }),
  );
  const ids = useMemo(() => experimentIdsOf(query.data?.items ?? []), [query.data]);
  const lookup = useQuery(queries.experimentNames(namespace, ids));
  const names = lookup.data ?? NO_NAMES;
  const namesPending = lookup.isPending && lookup.fetchStatus !== 'idle';
  const content = toTableContent(query, (page) => ({
    rows: page.items.map((recurringRun) => toRecurringRunRow(recurringRun, names, namesPending)),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
  const columns = useMemo(() => recurringRunColumns(namespace), [namespace]);
  const setEnabled = useSetRecurringRunsEnabled();
  const search = list.get(RECURRING_RUN_LIST_PARAMS.search) ?? '';

  return (
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
              execute={(runIds, report) => setEnabled.mutateAsync({ enabled, ids: runIds, report })}
              onDone={clear}
            />
          );
        };
        return (
          <>
            {action(true)}
            {action(false)}
          </>
        );
      }}
    />
  );
}
