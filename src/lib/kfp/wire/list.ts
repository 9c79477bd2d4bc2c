import { Reader, type Parser } from '../../parse/reader.ts';
import type { Query } from '../client.ts';
import { filter, type Filter } from '../filter.ts';

/** One page of a list call. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total_size: number;
  /** Absent on the last page. */
  readonly next_page_token: string | undefined;
}

/** Parses `{<itemsKey>: [...], total_size, next_page_token}`. */
export function pageParser<T>(itemsKey: string, parseItem: Parser<T>): Parser<Page<T>> {
  return (value, path) => {
    const r = Reader.of(value, path);
    const token = r.optionalString('next_page_token');
    return {
      items: r.array(itemsKey, parseItem),
      total_size: r.number('total_size'),
      next_page_token: token === '' ? undefined : token,
    };
  };
}

export interface ListRequest {
  /** 1–200; the server's default is 20. */
  readonly pageSize?: number;
  /** Opaque; valid only with the same sort and filter that produced it. */
  readonly pageToken?: string;
  /** `"field"` or `"field desc"`. */
  readonly sortBy?: string;
  readonly filter?: Filter;
}

export function listQuery(params: ListRequest): Query {
  return {
    page_size: params.pageSize,
    page_token: params.pageToken || undefined,
    sort_by: params.sortBy || undefined,
    filter: params.filter ? filter(params.filter) : undefined,
  };
}
