import type { SearchField } from '@/lib/mlmd/filter.ts';

/** URL parameters of the artifacts and executions lists (besides the shared `q`, `pt`, `size`). */
export const RECORD_LIST_PARAMS = { search: 'q', field: 'by' } as const;

export const SEARCH_FIELDS: readonly { readonly value: SearchField; readonly label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'type', label: 'Type' },
  { value: 'pipeline', label: 'Pipeline' },
];

/** The list's only sortable column: MLMD orders by creation time (or id, or update time). */
export const RECORD_SORT_FIELDS: readonly string[] = ['created_at'];
export const RECORD_DEFAULT_SORT = { field: 'created_at', desc: true } as const;

export function parseSearchField(raw: string | undefined): SearchField {
  return SEARCH_FIELDS.find((f) => f.value === raw)?.value ?? 'name';
}
