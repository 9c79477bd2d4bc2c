import { isFieldSet } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import {
  ListOperationOptions_OrderByField_Field as OrderField,
  ListOperationOptionsSchema,
  type ListOperationOptions,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { parseFilter, type NodeKind, type NodeView } from './filter.ts';
import {
  firstIndex,
  sortValue,
  sortedNodes,
  type SortedNodes,
  type Timed,
} from './sorted-nodes.ts';

export interface Page<T> {
  readonly items: T[];
  readonly nextPageToken: string;
}

interface Token {
  /** The order field's name. */
  readonly field: string;
  readonly asc: boolean;
  readonly filter: string;
  readonly lastValue: number;
  readonly lastId: number;
}

const invalid = (message: string) => new ConnectError(message, Code.InvalidArgument);

function encode(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decode(text: string): Token {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid('Failed to decode next page token string');
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'field' in parsed &&
    typeof parsed.field === 'string' &&
    'asc' in parsed &&
    typeof parsed.asc === 'boolean' &&
    'filter' in parsed &&
    typeof parsed.filter === 'string' &&
    'lastValue' in parsed &&
    typeof parsed.lastValue === 'number' &&
    'lastId' in parsed &&
    typeof parsed.lastId === 'number'
  )
    return {
      field: parsed.field,
      asc: parsed.asc,
      filter: parsed.filter,
      lastValue: parsed.lastValue,
      lastId: parsed.lastId,
    };
  throw invalid(
    'Failed to parse decoded next page token into ListOperationNextPageToken proto message ',
  );
}

/**
 * A list call with or without ListOperationOptions, as MLMD answers it (rdbms_metadata_access_object
 * ListNodes): without options every node by id; with them at most max_result_size (default 20,
 * capped at 100, ≤ 0 refused) ordered by the field (default id, ascending), ties by id, and a
 * next_page_token that continues after the last node and must come back with the same ordering.
 * `nodes` may be an index kept between calls: the page is then found by walking its order from the
 * token, evaluating the filter only until the page is full.
 */
export function listPage<T extends Timed>(
  nodes: readonly T[] | SortedNodes<T>,
  view: (node: T) => NodeView,
  options: ListOperationOptions | undefined,
  kind: NodeKind,
): Page<T> {
  const sorted = 'by' in nodes ? nodes : sortedNodes(nodes);
  if (!options) return { items: [...sorted.by(OrderField.ID)], nextPageToken: '' };
  const size = options.maxResultSize;
  if (size <= 0)
    throw invalid(
      `max_result_size field value is required to be greater than 0 and less than or equal to 100. Set value:${size}`,
    );
  const limit = Math.min(size, 100);
  const order = isFieldSet(options, ListOperationOptionsSchema.field.orderByField)
    ? options.orderByField
    : undefined;
  const field = order && order.field !== OrderField.FIELD_UNSPECIFIED ? order.field : OrderField.ID;
  const asc = order?.isAsc ?? true;
  const filterText = options.filterQuery;
  const token = options.nextPageToken === '' ? undefined : decode(options.nextPageToken);
  if (token && (token.field !== OrderField[field] || token.asc !== asc))
    throw invalid('ListOperationOptions mismatch between calls');
  if (token && token.filter !== filterText)
    throw invalid('filter_query must not change between calls');
  const keep = parseFilter(filterText, kind);
  const all = sorted.by(field);
  // Ascending: from the first node after the token up; descending: from the last node before it down.
  let at: number;
  if (asc) at = token ? firstIndex(all, field, token, true) : 0;
  else at = (token ? firstIndex(all, field, token, false) : all.length) - 1;
  const items: T[] = [];
  let more = false;
  for (; asc ? at < all.length : at >= 0; at += asc ? 1 : -1) {
    const node = all[at];
    if (node === undefined || !keep(view(node))) continue;
    if (items.length === limit) {
      more = true;
      break;
    }
    items.push(node);
  }
  const last = items[items.length - 1];
  return {
    items,
    nextPageToken:
      more && last
        ? encode({
            field: OrderField[field],
            asc,
            filter: filterText,
            lastValue: sortValue(last, field),
            lastId: Number(last.id),
          })
        : '',
  };
}
