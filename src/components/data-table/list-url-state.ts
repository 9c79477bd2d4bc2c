/**
 * List state in the URL (pure functions; the hook in use-list-params.ts wires them to the router).
 *
 * Paging: KFP pages are reached by opaque, forward-only `next_page_token`s. The URL keeps the whole
 * stack of tokens that led to the current page as repeated `pt` parameters (`?pt=A&pt=B` = page 3,
 * fetched with token B). Reloading fetches the current page directly with the last token, and
 * "Previous" pops one token, so every page — and every previous page — round-trips through a reload
 * without re-walking the list. Tokens are bound to sort and filter, so changing either (or the page
 * size) drops the stack and starts again at page 1.
 */

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

/** Search parameter names shared by every list. */
export const LIST_PARAMS = {
  pageToken: 'pt',
  pageSize: 'size',
  sort: 'sort',
  order: 'order',
  search: 'q',
} as const;

export interface ListSort {
  readonly field: string;
  readonly desc: boolean;
}

export function parsePageSize(raw: string | null): PageSize | undefined {
  if (raw === null) return undefined;
  return PAGE_SIZES.find((size) => String(size) === raw.trim());
}

export function readPageTokens(params: URLSearchParams): string[] {
  return params.getAll(LIST_PARAMS.pageToken).filter((token) => token !== '');
}

/** The server's `sort_by` value: `"field"` or `"field desc"`. */
export function toSortBy(sort: ListSort): string {
  return sort.desc ? `${sort.field} desc` : sort.field;
}

/** Sort from the URL when it names an allowed field, else the list's default. */
export function parseSort(
  params: URLSearchParams,
  allowed: readonly string[],
  fallback: ListSort,
): ListSort {
  const field = params.get(LIST_PARAMS.sort);
  if (field === null || !allowed.includes(field)) return fallback;
  const order = params.get(LIST_PARAMS.order);
  return { field, desc: order === null ? fallback.desc : order === 'desc' };
}

/** Returns a copy of `params` with the page-token stack replaced. */
export function withPageTokens(
  params: URLSearchParams,
  tokens: readonly string[],
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(LIST_PARAMS.pageToken);
  for (const token of tokens) next.append(LIST_PARAMS.pageToken, token);
  return next;
}

export type ParamValue = string | readonly string[] | undefined;

/**
 * Returns a copy of `params` with the given parameters set (an array sets repeated values; undefined,
 * '' or [] removes the parameter) and, because tokens are bound to sort and filter, the page-token
 * stack removed.
 */
export function withParams(
  params: URLSearchParams,
  changes: Readonly<Record<string, ParamValue>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    next.delete(name);
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : value;
    for (const item of values) if (item !== '') next.append(name, item);
  }
  next.delete(LIST_PARAMS.pageToken);
  return next;
}

/**
 * Clicking a sortable header: a new field starts descending for time fields and run metrics
 * (`metric:<name>`: the best first), ascending otherwise; the same field flips.
 */
export function nextSort(current: ListSort, field: string): ListSort {
  if (current.field === field) return { field, desc: !current.desc };
  return { field, desc: field.endsWith('_at') || field.startsWith('metric:') };
}

/**
 * The parameters of one list when several lists share a URL (an experiment's runs and recurring
 * runs): those named `<prefix><name>`, with the prefix removed. With no prefix, all parameters.
 */
export function scopeParams(params: URLSearchParams, prefix: string): URLSearchParams {
  if (prefix === '') return new URLSearchParams(params);
  const scoped = new URLSearchParams();
  for (const [name, value] of params)
    if (name.startsWith(prefix)) scoped.append(name.slice(prefix.length), value);
  return scoped;
}

/** Writes a list's scoped parameters back under its prefix, keeping every other parameter as it was. */
export function unscopeParams(
  params: URLSearchParams,
  prefix: string,
  scoped: URLSearchParams,
): URLSearchParams {
  if (prefix === '') return new URLSearchParams(scoped);
  const next = new URLSearchParams();
  for (const [name, value] of params) if (!name.startsWith(prefix)) next.append(name, value);
  for (const [name, value] of scoped) next.append(prefix + name, value);
  return next;
}
