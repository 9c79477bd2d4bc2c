import {
  DateRangeFilter,
  MultiSelectFilter,
  SearchBox,
  type ListParams,
} from '@/components/data-table';
import { runStateLabel } from '@/components/status-badge';
import { FILTERABLE_RUN_STATES, RUN_LIST_PARAMS } from '../model/run-list-state.ts';

const STATE_OPTIONS = FILTERABLE_RUN_STATES.map((state) => ({
  value: state,
  label: runStateLabel(state),
}));

/** Search by name, status filter and created-time range; all of it lives in the URL. */
export function RunToolbar({ list }: { readonly list: ListParams }) {
  return (
    <>
      <SearchBox list={list} label="Filter runs by name" param={RUN_LIST_PARAMS.search} />
      <MultiSelectFilter
        list={list}
        label="Status"
        param={RUN_LIST_PARAMS.state}
        options={STATE_OPTIONS}
      />
      <DateRangeFilter
        list={list}
        label="Created"
        fromParam={RUN_LIST_PARAMS.from}
        toParam={RUN_LIST_PARAMS.to}
      />
    </>
  );
}
