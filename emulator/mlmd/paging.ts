import { isFieldSet } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import {
  ListOperationOptions_OrderByField_Field as OrderField,
  ListOperationOptionsSchema,
  type ListOperationOptions,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { parseFilter, type NodeView } from './filter.ts';

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

function sortValue(node: NodeView, field: OrderField): number {
  if (field === OrderField.CREATE_TIME) return Number(node.createTimeSinceEpoch);
  if (field === OrderField.LAST_UPDATE_TIME) return Number(node.lastUpdateTimeSinceEpoch);
  return Number(node.id);
}

/**
 * A list call with or without ListOperationOptions, as MLMD answers it (rdbms_metadata_access_object
 * ListNodes): without options every node by id; with them at most max_result_size (default 20,
 * capped at 100, ≤ 0 refused) ordered by the field (default id, ascending), ties by id, and a
 * next_page_token that continues after the last node and must come back with the same ordering.
 */
export function listPage<T>(
  nodes: readonly T[],
  view: (node: T) => NodeView,
  options: ListOperationOptions | undefined,
): Page<T> {
  if (!options) {
    return {
      items: [...nodes].sort((a, b) => Number(view(a).id - view(b).id)),
      nextPageToken: '',
    };
  }
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
  const keep = parseFilter(filterText);
  const direction = asc ? 1 : -1;
  const compare = (a: NodeView, b: NodeView) =>
    direction * (sortValue(a, field) - sortValue(b, field) || Number(a.id - b.id));
  const after = (node: NodeView) =>
    !token ||
    direction * (sortValue(node, field) - token.lastValue || Number(node.id) - token.lastId) > 0;
  const sorted = nodes
    .map((node) => ({ node, view: view(node) }))
    .filter((entry) => keep(entry.view) && after(entry.view))
    .sort((a, b) => compare(a.view, b.view));
  const page = sorted.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((entry) => entry.node),
    nextPageToken:
      sorted.length > limit && last
        ? encode({
            field: OrderField[field],
            asc,
            filter: filterText,
            lastValue: sortValue(last.view, field),
            lastId: Number(last.view.id),
          })
        : '',
  };
}
