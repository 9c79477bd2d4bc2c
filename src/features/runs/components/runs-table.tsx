import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import {
  activeTab,
  DataTable,
  LIST_PARAMS,
  ListTabs,
  scopeParams,
  useListParams,
  type ListTab,
} from '@/components/data-table';
import { usePageMetrics } from '../api/run-metrics.ts';
import { RUNS_LIST_ID, runListRequest } from '../api/runs-list-prefetch.ts';
import { useRunPage } from '../api/use-run-page.ts';
import {
  metricParamsKey,
  metricSortFields,
  parseMetricColumns,
  refusedMetricSort,
} from '../model/metric-columns.ts';
import {
  parseRunListState,
  RUN_DEFAULT_SORT,
  RUN_LIST_PARAMS,
  RUN_SORT_FIELDS,
} from '../model/run-list-state.ts';
import type { RunRow } from '../model/run-row.ts';
import { metricColumnDefs } from './metric-column-defs.tsx';
import { MetricColumnsButton } from './metric-columns-button.tsx';
import { metricSortHelp } from './metric-sort-help.tsx';
import { RunBulkActions } from './run-bulk-actions.tsx';
import { runColumns } from './run-columns.tsx';
import { RunToolbar } from './run-toolbar.tsx';

const TABS: readonly [ListTab, ...ListTab[]] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

export interface RunsTableProps {
  /** The current namespace (multi-user installs); undefined in single-user mode. */
  readonly namespace: string | undefined;
  /** Restricts the list to one experiment (the experiment page); hides the experiment column. */
  readonly experimentId?: string;
  /** Prefix of the list's URL parameters on a page with several lists (e.g. `runs.`). */
  readonly urlPrefix?: string;
  /** More bulk actions from the page (e.g. the compare view's "Compare"), given the selected run ids. */
  readonly extraBulkActions?: (runIds: readonly string[]) => ReactNode;
}

/** Active and archived runs with search, status and time filters, paging, sorting and bulk actions. */
export function RunsTable({
  namespace,
  experimentId,
  urlPrefix,
  extraBulkActions,
}: RunsTableProps) {
  // Metric columns (`?metric=`, `?v2metric=`) decide the sort fields: v1 ones sort on the server.
  const [urlParams] = useSearchParams();
  const metricKey = metricParamsKey(scopeParams(urlParams, urlPrefix ?? ''));
  const metricColumns = useMemo(
    () => parseMetricColumns(new URLSearchParams(metricKey)),
    [metricKey],
  );
  const sortFields = useMemo(
    () => metricSortFields(RUN_SORT_FIELDS, metricColumns),
    [metricColumns],
  );
  const list = useListParams({
    listId: RUNS_LIST_ID,
    sortFields,
    defaultSort: RUN_DEFAULT_SORT,
    urlPrefix,
  });
  const state = parseRunListState(list.searchParams);
  const { content, runs } = useRunPage(runListRequest(list.searchParams, namespace, experimentId));
  const [picking, setPicking] = useState(false);
  const metrics = usePageMetrics({ namespace, runs }, metricColumns, picking);
  const baseColumns = useMemo(
    () => runColumns(namespace, experimentId === undefined),
    [namespace, experimentId],
  );
  const columns = useMemo(
    () =>
      metricColumns.length === 0
        ? baseColumns
        : [...baseColumns, ...metricColumnDefs(metricColumns, metrics)],
    [baseColumns, metricColumns, metrics],
  );
  const refusedMetric =
    content.status === 'error' ? refusedMetricSort(list.sort.field, content.httpStatus) : undefined;
  const filtered =
    state.search !== '' ||
    state.states.length > 0 ||
    state.createdFrom !== undefined ||
    state.createdTo !== undefined;

  return (
    <ListTabs list={list} label="Run storage" param={RUN_LIST_PARAMS.tab} tabs={TABS}>
      <DataTable<RunRow>
        label={activeTab(list, RUN_LIST_PARAMS.tab, TABS) === 'archived' ? 'Archived runs' : 'Runs'}
        columns={columns}
        content={content}
        list={list}
        getRowId={(run) => run.id}
        getRowLabel={(run) => run.name}
        failureHelp={
          refusedMetric === undefined
            ? undefined
            : metricSortHelp(refusedMetric, () =>
                list.setParams({ [LIST_PARAMS.sort]: undefined, [LIST_PARAMS.order]: undefined }),
              )
        }
        toolbar={
          <>
            <RunToolbar list={list} />
            <MetricColumnsButton
              list={list}
              columns={metricColumns}
              found={metrics}
              open={picking}
              onOpenChange={setPicking}
            />
          </>
        }
        empty={
          filtered
            ? {
                title: 'No runs match the filters',
                action: (
                  <button
                    type="button"
                    className="btn"
                    onClick={() =>
                      list.setParams({
                        [RUN_LIST_PARAMS.search]: undefined,
                        [RUN_LIST_PARAMS.state]: undefined,
                        [RUN_LIST_PARAMS.from]: undefined,
                        [RUN_LIST_PARAMS.to]: undefined,
                      })
                    }
                  >
                    Clear filters
                  </button>
                ),
              }
            : {
                title: state.tab === 'archived' ? 'No archived runs' : 'No runs yet',
                message:
                  state.tab === 'archived'
                    ? undefined
                    : 'Start a run from a pipeline or an experiment.',
              }
        }
        renderBulkActions={(selected, clear) => (
          <>
            {extraBulkActions?.(selected.map((run) => run.id))}
            <RunBulkActions
              tab={state.tab}
              selected={selected}
              onDone={clear}
              namespace={namespace}
            />
          </>
        )}
      />
    </ListTabs>
  );
}
