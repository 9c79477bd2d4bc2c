/**
 * KFP list filters: `{"predicates":[{key, operation, <one value field>}]}`. Keys and operations are the
 * ones the v2beta1 API understands (KFP-NOTES.md "Lists").
 */
export type FilterOperation =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'GREATER_THAN'
  | 'GREATER_THAN_EQUALS'
  | 'LESS_THAN'
  | 'LESS_THAN_EQUALS'
  | 'IN'
  | 'IS_SUBSTRING';

export type FilterKey =
  | 'name'
  | 'display_name'
  | 'storage_state'
  | 'state'
  | 'created_at'
  | 'pipeline_version_id'
  | 'pipeline_id'
  | 'experiment_id'
  | 'recurring_run_id'
  | 'run_id'
  | 'status';

type ScalarOperation = Exclude<FilterOperation, 'IN'>;

export type Predicate = { readonly key: FilterKey } & (
  | { readonly operation: ScalarOperation; readonly string_value: string }
  | { readonly operation: ScalarOperation; readonly int_value: number }
  | { readonly operation: ScalarOperation; readonly long_value: string }
  | { readonly operation: ScalarOperation; readonly timestamp_value: string }
  | { readonly operation: 'IN'; readonly string_values: { readonly values: readonly string[] } }
  | { readonly operation: 'IN'; readonly int_values: { readonly values: readonly number[] } }
  | { readonly operation: 'IN'; readonly long_values: { readonly values: readonly string[] } }
);

export interface Filter {
  readonly predicates: readonly Predicate[];
}

/**
 * The value of the `filter` query parameter. KFP's server unescapes it twice (grpc-gateway, then
 * url.QueryUnescape), so like the official client we encode the JSON once here and URLSearchParams
 * encodes it again — otherwise a `%` or `+` in a search text is mangled. Undefined for no predicates.
 */
export function filter(f: Filter): string | undefined {
  if (f.predicates.length === 0) return undefined;
  return encodeURIComponent(JSON.stringify(f));
}

export const equals = (key: FilterKey, value: string): Predicate => ({
  key,
  operation: 'EQUALS',
  string_value: value,
});
export const substring = (key: FilterKey, value: string): Predicate => ({
  key,
  operation: 'IS_SUBSTRING',
  string_value: value,
});
export const oneOf = (key: FilterKey, values: readonly string[]): Predicate => ({
  key,
  operation: 'IN',
  string_values: { values },
});
