import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { BulkActionButton } from '@/components/confirm-dialog';
import {
  DataTable,
  DateTime,
  ListTabs,
  SearchBox,
  toTableContent,
  TruncatedText,
  useListParams,
  type ListTab,
} from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import { experimentQueries, useExperimentBulkAction } from '../api/experiment-queries.ts';
import { EXPERIMENTS_LIST_ID, experimentListRequest } from '../api/experiments-list-prefetch.ts';
import {
  EXPERIMENT_DEFAULT_SORT,
  EXPERIMENT_LIST_PARAMS,
  EXPERIMENT_SORT_FIELDS,
  parseExperimentListState,
  toExperimentRow,
  type ExperimentRow,
} from '../model/experiment-list-state.ts';
import { RecentRuns, RecentRunStrip } from './recent-runs.tsx';

const TABS: readonly [ListTab, ...ListTab[]] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

function experimentColumns(ns: string | undefined): ColumnDef<ExperimentRow>[] {
  return [
    {
      id: 'name',
      header: 'Experiment name',
      cell: ({ row }) => (
        <Link to={paths.experiment(row.original.id, { ns })}>{row.original.name}</Link>
      ),
    },
    {
      id: 'description',
      header: 'Description',
      cell: ({ row }) => <TruncatedText text={row.original.description} />,
    },
    {
      id: 'recent_runs',
      header: 'Last 5 runs',
      size: 130,
      cell: ({ row }) => (
        <RecentRunStrip
          experimentId={row.original.id}
          experimentName={row.original.name}
          namespace={ns}
        />
      ),
    },
    {
      id: 'last_run_created_at',
      header: 'Last run',
      size: 190,
      cell: ({ row }) => <DateTime value={row.original.lastRunAt} />,
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
  return `${count} experiment${count === 1 ? '' : 's'}`;
}

/**
 * Active and archived experiments of a namespace, searchable and sortable, with bulk archive /
 * restore; each row shows its last runs' states and opens to its newest runs.
 */
export function ExperimentsTable({ namespace }: { readonly namespace: string | undefined }) {
  const client = useKfpClient();
  const list = useListParams({
    listId: EXPERIMENTS_LIST_ID,
    sortFields: EXPERIMENT_SORT_FIELDS,
    defaultSort: EXPERIMENT_DEFAULT_SORT,
  });
  const state = parseExperimentListState(list.searchParams);
  const query = useQuery(
    experimentQueries(client).list(experimentListRequest(list.searchParams, namespace)),
  );
  const content = toTableContent(query, (page) => ({
    rows: page.items.map(toExperimentRow),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
  const columns = useMemo(() => experimentColumns(namespace), [namespace]);
  const bulk = useExperimentBulkAction();
  const archived = state.tab === 'archived';

  return (
    <ListTabs list={list} label="Experiment storage" param={EXPERIMENT_LIST_PARAMS.tab} tabs={TABS}>
      <DataTable<ExperimentRow>
        label={archived ? 'Archived experiments' : 'Experiments'}
        columns={columns}
        content={content}
        list={list}
        getRowId={(experiment) => experiment.id}
        getRowLabel={(experiment) => experiment.name}
        expandLabel={(experiment) => `Newest runs of ${experiment.name}`}
        renderExpanded={(experiment) => (
          <RecentRuns
            experimentId={experiment.id}
            experimentName={experiment.name}
            namespace={namespace}
          />
        )}
        toolbar={
          <SearchBox
            list={list}
            label="Filter experiments by name"
            param={EXPERIMENT_LIST_PARAMS.search}
          />
        }
        empty={
          state.search !== ''
            ? { title: `No experiments match “${state.search}”` }
            : archived
              ? { title: 'No archived experiments' }
              : { title: 'No experiments yet', message: 'Create an experiment to group your runs.' }
        }
        renderBulkActions={(selected, clear) => (
          <BulkActionButton
            label={archived ? 'Restore' : 'Archive'}
            title={`${archived ? 'Restore' : 'Archive'} ${plural(selected.length)}?`}
            description={
              archived
                ? 'The experiments move back to the Active tab; their runs stay archived.'
                : 'Their runs are archived too and their recurring runs are disabled.'
            }
            items={selected.map((experiment) => ({ id: experiment.id, label: experiment.name }))}
            execute={(ids, report) =>
              bulk.mutateAsync({ action: archived ? 'unarchive' : 'archive', ids, report })
            }
            onDone={clear}
          />
        )}
      />
    </ListTabs>
  );
}
