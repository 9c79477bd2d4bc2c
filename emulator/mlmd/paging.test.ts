import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  ArtifactSchema,
  ListOperationOptionsSchema,
  ListOperationOptions_OrderByField_Field as OrderField,
  type Artifact,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import type { NodeView } from './filter.ts';
import { listPage } from './paging.ts';
import { sortedNodes } from './sorted-nodes.ts';

// 60 artifacts whose creation times repeat (ties broken by id), ids not in time order.
const artifacts: Artifact[] = Array.from({ length: 60 }, (_, i) =>
  create(ArtifactSchema, {
    id: BigInt(((i * 37) % 60) + 1),
    type: i % 3 === 0 ? 'system.Metrics' : 'system.Dataset',
    createTimeSinceEpoch: BigInt(1000 + Math.floor(i / 4)),
    lastUpdateTimeSinceEpoch: BigInt(5000 - i),
  }),
);
const view = (a: Artifact): NodeView => ({ ...a, state: 'LIVE' });

/** What MLMD answers: filter, order by (field, id), all of it. */
function expected(field: OrderField, asc: boolean, keep: (a: Artifact) => boolean): bigint[] {
  const key = (a: Artifact) =>
    field === OrderField.CREATE_TIME
      ? Number(a.createTimeSinceEpoch)
      : field === OrderField.LAST_UPDATE_TIME
        ? Number(a.lastUpdateTimeSinceEpoch)
        : Number(a.id);
  return artifacts
    .filter(keep)
    .sort((a, b) => (asc ? 1 : -1) * (key(a) - key(b) || Number(a.id - b.id)))
    .map((a) => a.id);
}

function walk(field: OrderField, asc: boolean, filterQuery: string, size: number): bigint[] {
  const index = sortedNodes(artifacts);
  const seen: bigint[] = [];
  let token = '';
  for (let page = 0; page < 100; page++) {
    const options = create(ListOperationOptionsSchema, {
      maxResultSize: size,
      nextPageToken: token,
      orderByField: { field, isAsc: asc },
      filterQuery,
    });
    const result = listPage(index, view, options, 'artifact');
    expect(result.items.length).toBeLessThanOrEqual(size);
    seen.push(...result.items.map((a) => a.id));
    token = result.nextPageToken;
    if (token === '') return seen;
  }
  throw new Error('paging did not end');
}

describe('listPage over a kept index', () => {
  it('pages every order, both ways, with and without a filter, as MLMD orders them', () => {
    for (const field of [OrderField.CREATE_TIME, OrderField.LAST_UPDATE_TIME, OrderField.ID])
      for (const asc of [true, false]) {
        expect(walk(field, asc, '', 7)).toEqual(expected(field, asc, () => true));
        expect(walk(field, asc, "type = 'system.Metrics'", 6)).toEqual(
          expected(field, asc, (a) => a.type === 'system.Metrics'),
        );
      }
  });

  it('answers a plain array like the index, and every node by id without options', () => {
    const options = create(ListOperationOptionsSchema, {
      maxResultSize: 5,
      orderByField: { field: OrderField.CREATE_TIME, isAsc: false },
    });
    expect(listPage(artifacts, view, options, 'artifact').items.map((a) => a.id)).toEqual(
      expected(OrderField.CREATE_TIME, false, () => true).slice(0, 5),
    );
    expect(listPage(artifacts, view, undefined, 'artifact').items.map((a) => a.id)).toEqual(
      expected(OrderField.ID, true, () => true),
    );
  });
});
