import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/errors.ts';
import { listPage, type ListRequest } from './list-page.ts';
import { decodePageToken } from './page-token.ts';
import { at, itemSpec, makeItems, type Item } from '../testing/test-items.ts';

const items = makeItems(25);
const names = (page: { items: readonly Item[] }) => page.items.map((i) => i.name);
const list = (request: ListRequest) => listPage(items, request, itemSpec);

function expectBadRequest(run: () => unknown, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    if (!(error instanceof ApiError)) return;
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
    return;
  }
  throw new Error('expected an InvalidArgument error');
}

function allPages(request: ListRequest): { pages: string[][]; totals: number[] } {
  const pages: string[][] = [];
  const totals: number[] = [];
  let token: string | undefined;
  do {
    const page = list({ ...request, pageToken: token });
    pages.push(names(page));
    totals.push(page.totalSize);
    token = page.nextPageToken;
  } while (token !== undefined && pages.length < 10);
  return { pages, totals };
}

describe('listPage pagination', () => {
  it('walks three pages in ascending order and omits the token on the last page', () => {
    const { pages, totals } = allPages({ pageSize: '10', sortBy: 'created_at' });
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(items.map((i) => i.name));
    expect(totals).toEqual([25, 25, 25]);
  });

  it('walks three pages in descending order', () => {
    const { pages } = allPages({ pageSize: '10', sortBy: 'name desc' });
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(items.map((i) => i.name).reverse());
  });

  it('breaks ties on the key in the same direction', () => {
    const same = makeItems(5).map((i) => ({ ...i, name: 'same' }));
    const asc = listPage(same, { sortBy: 'name', pageSize: '2' }, itemSpec);
    expect(asc.items.map((i) => i.id)).toEqual(['id-0996', 'id-0997']);
    const next = listPage(same, { pageToken: asc.nextPageToken, pageSize: '2' }, itemSpec);
    expect(next.items.map((i) => i.id)).toEqual(['id-0998', 'id-0999']);
    const desc = listPage(same, { sortBy: 'name desc', pageSize: '2' }, itemSpec);
    expect(desc.items.map((i) => i.id)).toEqual(['id-1000', 'id-0999']);
  });

  it('defaults to 20 items, clamps to 200 and refuses negative or non-numeric sizes', () => {
    expect(list({}).items).toHaveLength(20);
    expect(list({ pageSize: '0' }).items).toHaveLength(20);
    const many = makeItems(250);
    expect(listPage(many, { pageSize: '1000' }, itemSpec).items).toHaveLength(200);
    expectBadRequest(() => list({ pageSize: '-1' }), /greater than 0/);
    expectBadRequest(() => list({ pageSize: 'ten' }), /page_size/);
  });

  it('answers an empty last page without a token', () => {
    const page = listPage([], { pageSize: '5' }, itemSpec);
    expect(page).toEqual({ items: [], totalSize: 0 });
  });

  it('keeps the filter in the token and counts all matches in total_size', () => {
    const filter = JSON.stringify({
      predicates: [{ key: 'storage_state', operation: 'EQUALS', string_value: 'AVAILABLE' }],
    });
    const first = list({ filter, pageSize: '10' });
    expect(first.totalSize).toBe(16);
    const second = list({ pageToken: first.nextPageToken, pageSize: '10' });
    expect(second.items).toHaveLength(6);
    expect(second.items.every((i) => i.state === 'AVAILABLE')).toBe(true);
    expect(second.nextPageToken).toBeUndefined();
  });
});

describe('listPage tokens', () => {
  const first = list({ pageSize: '5', sortBy: 'name' });
  const token = first.nextPageToken ?? '';

  it('issues base64 JSON tokens shaped like the real server', () => {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    expect(decoded).toMatchObject({
      SortByFieldName: 'Name',
      SortByFieldValue: 'item-05',
      KeyFieldName: 'UUID',
      IsDesc: false,
      ModelName: 'items',
    });
    expect(decodePageToken(token, itemSpec).KeyFieldValue).toBe('id-0995');
  });

  it('accepts the token with the same sort (even spelled with the other API name)', () => {
    expect(names(list({ pageToken: token, sortBy: 'display_name', pageSize: '5' }))[0]).toBe(
      'item-05',
    );
    expect(names(list({ pageToken: token, sortBy: 'NAME asc', pageSize: '5' }))[0]).toBe('item-05');
  });

  it('refuses the token with another sort or another filter', () => {
    expectBadRequest(() => list({ pageToken: token, sortBy: 'name desc' }), /does not match/);
    expectBadRequest(() => list({ pageToken: token, sortBy: 'created_at' }), /does not match/);
    const filter = JSON.stringify({
      predicates: [{ key: 'name', operation: 'IS_SUBSTRING', string_value: 'item' }],
    });
    expectBadRequest(() => list({ pageToken: token, sortBy: 'name', filter }), /does not match/);
    const filtered = list({ filter, sortBy: 'name', pageSize: '5' }).nextPageToken;
    const other = JSON.stringify({
      predicates: [{ key: 'name', operation: 'IS_SUBSTRING', string_value: 'item-1' }],
    });
    expectBadRequest(
      () => list({ pageToken: filtered, sortBy: 'name', filter: other }),
      /does not match/,
    );
  });

  it('refuses malformed tokens and tokens of another resource', () => {
    expectBadRequest(() => list({ pageToken: 'not a token!' }), /Invalid page token/);
    expectBadRequest(
      () => list({ pageToken: Buffer.from('{oops').toString('base64') }),
      /Invalid page token/,
    );
    const foreign = Buffer.from(
      JSON.stringify({
        SortByFieldName: 'Name',
        SortByFieldValue: 'x',
        KeyFieldName: 'UUID',
        KeyFieldValue: 'y',
        IsDesc: false,
        ModelName: 'runs',
        Filter: null,
      }),
    ).toString('base64');
    expectBadRequest(() => list({ pageToken: foreign }), /Invalid page token/);
  });
});

describe('listPage sorting', () => {
  it('sorts on every allowed field and refuses unknown ones', () => {
    expect(names(list({ sortBy: 'count desc', pageSize: '2' }))).toEqual(['item-24', 'item-23']);
    expect(names(list({ sortBy: 'id', pageSize: '2' }))).toEqual(['item-24', 'item-23']);
    expect(names(list({ sortBy: '  created_at   desc ', pageSize: '1' }))).toEqual(['item-24']);
    expectBadRequest(() => list({ sortBy: 'colour' }), /Invalid sorting field: "colour"/);
    expectBadRequest(() => list({ sortBy: 'name sideways' }), /invalid sort by format/);
    expectBadRequest(() => list({ sortBy: 'name desc extra' }), /invalid sort by format/);
  });

  it('orders by milliseconds when seconds tie', () => {
    const close = makeItems(3).map((item, i) => ({ ...item, createdMs: Date.parse(at(0)) + i }));
    expect(
      listPage(close, { sortBy: 'created_at desc' }, itemSpec).items.map((i) => i.name),
    ).toEqual(['item-02', 'item-01', 'item-00']);
  });
});
