import type { ListSpec } from '../lists/types.ts';

/** A small listable used by the list tests. */
export interface Item {
  readonly id: string;
  readonly name: string;
  readonly createdMs: number;
  readonly state: 'AVAILABLE' | 'ARCHIVED';
  readonly count: number;
}

export const itemSpec: ListSpec<Item> = {
  model: 'items',
  typeName: 'Item',
  key: (i) => i.id,
  defaultSort: 'created_at',
  fields: {
    id: { column: 'UUID', get: (i) => i.id },
    name: { column: 'Name', get: (i) => i.name },
    display_name: { column: 'Name', get: (i) => i.name },
    created_at: {
      column: 'CreatedAtInSec',
      get: (i) => Math.floor(i.createdMs / 1000),
      sortValue: (i) => i.createdMs,
    },
    storage_state: {
      column: 'StorageState',
      get: (i) => i.state,
      normalize: (v) => v.replace(/^STORAGESTATE_/, ''),
    },
    count: { column: 'Count', get: (i) => i.count },
  },
};

const base = Date.parse('2026-08-01T10:00:00Z');

/** n items created one second apart; names `item-00`…; every third one archived. */
export function makeItems(n: number): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `id-${String(1000 - i).padStart(4, '0')}`,
    name: `item-${String(i).padStart(2, '0')}`,
    createdMs: base + i * 1000,
    state: i % 3 === 0 ? 'ARCHIVED' : 'AVAILABLE',
    count: i * 10,
  }));
}

export const at = (i: number) => new Date(base + i * 1000).toISOString();
