export { DataTable, type DataTableProps, type FailureHelp } from './data-table.tsx';
export { DateRangeFilter, type DateRangeFilterProps } from './date-range-filter.tsx';
export { fromDateTimeLocal, parseInstant, toDateTimeLocal } from './date-range.ts';
export {
  DEFAULT_PAGE_SIZE,
  LIST_PARAMS,
  PAGE_SIZES,
  parsePageSize,
  parseSort,
  readPageTokens,
  scopeParams,
  toSortBy,
  withPageTokens,
  withParams,
  type ListSort,
  type PageSize,
  type ParamValue,
} from './list-url-state.ts';
export { activeTab, ListTabs, type ListTab, type ListTabsProps } from './list-tabs.tsx';
export {
  MultiSelectFilter,
  type FilterOption,
  type MultiSelectFilterProps,
} from './multi-select-filter.tsx';
export { SearchBox, type SearchBoxProps } from './search-box.tsx';
export {
  toTableContent,
  type TableContent,
  type TableFailure,
  type TablePage,
} from './table-content.ts';
export {
  readListParams,
  useListParams,
  type ListParams,
  type ListParamsOptions,
  type ListRequestParams,
} from './use-list-params.ts';
export { DateTime } from './date-time.tsx';
export { TruncatedText } from './truncated-text.tsx';
export {
  CompactPager,
  useTokenStack,
  type CompactPagerProps,
  type TokenStack,
} from './compact-pager.tsx';
export { TextPlaceholder } from './text-placeholder.tsx';
