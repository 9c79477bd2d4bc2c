import type { GraphLayout, LayoutBox, LayoutInput, LayoutNodeInput } from './layout.ts';
import { stringAt } from './unknown-reader.ts';
import { isRecord } from '@/lib/parse/reader.ts';
/** Main thread → layout worker. (`requestId`, not `id`: ELK's own worker protocol uses `id` on the same channel.) */
export interface LayoutRequest {
  readonly requestId: number;
  readonly input: LayoutInput;
}

/** Layout worker → main thread. */
export type LayoutResponse =
  | { readonly requestId: number; readonly layout: GraphLayout }
  | { readonly requestId: number; readonly error: string };

export function isLayoutRequest(data: unknown): data is LayoutRequest {
  return isRecord(data) && typeof data.requestId === 'number' && isLayoutInput(data.input);
}

export function isLayoutResponse(data: unknown): data is LayoutResponse {
  if (!isRecord(data) || typeof data.requestId !== 'number') return false;
  return typeof data.error === 'string' || isGraphLayout(data.layout);
}

function isLayoutInput(value: unknown): value is LayoutInput {
  if (!isRecord(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return false;
  return (
    value.nodes.every(isLayoutNodeInput) &&
    value.edges.every(
      (edge) =>
        stringAt(edge, 'id') !== undefined &&
        stringAt(edge, 'source') !== undefined &&
        stringAt(edge, 'target') !== undefined,
    )
  );
}

function isLayoutNodeInput(value: unknown): value is LayoutNodeInput {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.parentId === undefined || typeof value.parentId === 'string') &&
    typeof value.container === 'boolean' &&
    typeof value.width === 'number' &&
    typeof value.height === 'number'
  );
}

function isGraphLayout(value: unknown): value is GraphLayout {
  return (
    isRecord(value) &&
    typeof value.width === 'number' &&
    typeof value.height === 'number' &&
    Array.isArray(value.nodes) &&
    value.nodes.every(isLayoutBox)
  );
}

function isLayoutBox(value: unknown): value is LayoutBox {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.parentId === undefined || typeof value.parentId === 'string') &&
    ['x', 'y', 'width', 'height'].every((key) => typeof value[key] === 'number')
  );
}
