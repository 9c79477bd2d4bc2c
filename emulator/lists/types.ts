/**
 * A listable resource, like the real server's `list.Listable`: API field names (snake_case, both
 * the v1beta1 and the v2beta1 spelling) mapped to a model column and a way to read it. The same
 * map decides which fields may be sorted on and filtered by (KFP's `APIToModelFieldMap`).
 */
export type FieldValue = string | number;

export interface ListField<T> {
  /** Model column; API names sharing a column are interchangeable in sorts, filters and tokens. */
  readonly column: string;
  /** Value compared by filters: strings, or numbers (timestamps in whole seconds, like KFP's *InSec columns). */
  readonly get: (item: T) => FieldValue;
  /** Finer value used for ordering when `get` is coarse (e.g. creation time in milliseconds). */
  readonly sortValue?: (item: T) => FieldValue;
  /** Maps filter string values onto stored values (e.g. v1 `STORAGESTATE_ARCHIVED` → `ARCHIVED`). */
  readonly normalize?: (value: string) => string;
}

export interface ListSpec<T> {
  /** Model name (`runs`, `pipelines`, …): page tokens of one resource are refused by another. */
  readonly model: string;
  /** Type name used in error messages, e.g. `Run`. */
  readonly typeName: string;
  /** Primary key (the UUID); the tie-breaker of every sort. */
  readonly key: (item: T) => string;
  readonly fields: Readonly<Record<string, ListField<T>>>;
  /** API field sorted on when sort_by is empty. */
  readonly defaultSort: string;
  /**
   * Runs only: the value of a reported metric for `metric:<name>` sort keys (model/run.go GetField).
   * `joined` is what the SQL join on `run_metrics.name = ?` finds (MySQL compares names without
   * case); `exact` what GetFieldValue finds for the next page's token (names compared exactly).
   */
  readonly metric?: (
    item: T,
    name: string,
  ) => { readonly joined: number | undefined; readonly exact: number | undefined };
}

export type Operation =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'GREATER_THAN'
  | 'GREATER_THAN_EQUALS'
  | 'LESS_THAN'
  | 'LESS_THAN_EQUALS'
  | 'IN'
  | 'IS_SUBSTRING';

export type PredicateValue = string | number | readonly string[] | readonly number[];

/** A parsed predicate; `key` is the API field name as sent, before mapping to a column. */
export interface Predicate {
  readonly key: string;
  readonly operation: Operation;
  readonly value: PredicateValue;
}

/** `v2`: v2beta1.Predicate (`operation`); `v1`: api.Predicate (`op`). */
export type FilterDialect = 'v1' | 'v2';
