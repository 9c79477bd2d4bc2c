import { ListOperationOptions_OrderByField_Field as OrderField } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';

/** What ordering reads of an Artifact, Execution or Context message. */
export interface Timed {
  readonly id: bigint;
  readonly createTimeSinceEpoch: bigint;
  readonly lastUpdateTimeSinceEpoch: bigint;
}

/** Nodes unique by id, with one ascending order per ListOperationOptions field, sorted when first asked. */
export interface SortedNodes<T extends Timed> {
  /** Ascending by the field, ties by id. */
  by(field: OrderField): readonly T[];
}

export function sortValue(node: Timed, field: OrderField): number {
  if (field === OrderField.CREATE_TIME) return Number(node.createTimeSinceEpoch);
  if (field === OrderField.LAST_UPDATE_TIME) return Number(node.lastUpdateTimeSinceEpoch);
  return Number(node.id);
}

/**
 * An index of nodes kept for as long as they do not change: a list call walks one order from
 * where its page starts instead of filtering and sorting every node.
 */
export function sortedNodes<T extends Timed>(nodes: readonly T[]): SortedNodes<T> {
  const orders = new Map<OrderField, readonly T[]>();
  return {
    by(field) {
      let order = orders.get(field);
      if (!order) {
        const keyed = nodes.map((node) => ({ node, value: sortValue(node, field), id: node.id }));
        keyed.sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        order = keyed.map((entry) => entry.node);
        orders.set(field, order);
      }
      return order;
    },
  };
}

/**
 * The first index of an ascending order whose (value, id) is after the token's (`strictly`) or at
 * or after it (binary search).
 */
export function firstIndex(
  order: readonly Timed[],
  field: OrderField,
  token: { readonly lastValue: number; readonly lastId: number },
  strictly: boolean,
): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = order[mid];
    const d =
      node === undefined
        ? 1
        : sortValue(node, field) - token.lastValue || Number(node.id) - token.lastId;
    if (strictly ? d > 0 : d >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
