export { DataTable, type DataTableProps } from './data-table';
export { DateRangeFilter, type DateRangeFilterProps } from './date-range-filter';
export { fromDateTimeLocal, parseInstant, toDateTimeLocal } from './date-range';
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
} from './list-url-state';
export { activeTab, ListTabs, type ListTab, type ListTabsProps } from './list-tabs';
export {
  MultiSelectFilter,
  type FilterOption,
  type MultiSelectFilterProps,
} from './multi-select-filter';
export { SearchBox, type SearchBoxProps } from './search-box';
export {
  toTableContent,
  type TableContent,
  type TableFailure,
  type TablePage,
} from './table-content';
export {
  readListParams,
  useListParams,
  type ListParams,
  type ListParamsOptions,
  type ListRequestParams,
} from './use-list-params';
export { DateTime } from './date-time';
export { TruncatedText } from './truncated-text';
export {
  CompactPager,
  useTokenStack,
  type CompactPagerProps,
  type TokenStack,
} from './compact-pager';
export { TextPlaceholder } from './text-placeholder';
