export type TypeKind = 'context' | 'execution' | 'artifact';

export interface RegisteredType {
  readonly id: number;
  readonly kind: TypeKind;
  readonly name: string;
}

/**
 * MLMD keeps every type in one table: its 9 hidden simple types (`mlmd.Dataset` …, ids 1–9, which
 * the Get*Types calls never return), then what KFP's driver and launcher put (client.go:
 * `system.Pipeline`, `system.PipelineRun`, the execution types, one artifact type per schema
 * title). The types KFP always uses come first in a fixed order so their ids never change; other
 * schema titles get the next id when first seen.
 */
const prelude: readonly (readonly [TypeKind, string])[] = [
  ['context', 'system.Pipeline'],
  ['context', 'system.PipelineRun'],
  ['execution', 'system.DAGExecution'],
  ['execution', 'system.ContainerExecution'],
  ['execution', 'system.ImporterExecution'],
  ['artifact', 'system.Artifact'],
  ['artifact', 'system.Dataset'],
  ['artifact', 'system.Model'],
  ['artifact', 'system.Metrics'],
  ['artifact', 'system.ClassificationMetrics'],
  ['artifact', 'system.SlicedClassificationMetrics'],
  ['artifact', 'system.HTML'],
  ['artifact', 'system.Markdown'],
];

const firstId = 10;

export interface TypeRegistry {
  /** The type's id, registering it when new. */
  idOf(kind: TypeKind, name: string): number;
  byName(kind: TypeKind, name: string): RegisteredType | undefined;
  byId(id: number): RegisteredType | undefined;
  all(kind: TypeKind): RegisteredType[];
}

export function createTypeRegistry(): TypeRegistry {
  const types: RegisteredType[] = [];
  const key = (kind: TypeKind, name: string) => `${kind}/${name}`;
  const byKey = new Map<string, RegisteredType>();
  const add = (kind: TypeKind, name: string): RegisteredType => {
    const type = { id: firstId + types.length, kind, name };
    types.push(type);
    byKey.set(key(kind, name), type);
    return type;
  };
  for (const [kind, name] of prelude) add(kind, name);
  return {
    idOf: (kind, name) => (byKey.get(key(kind, name)) ?? add(kind, name)).id,
    byName: (kind, name) => byKey.get(key(kind, name)),
    byId: (id) => types[id - firstId],
    all: (kind) => types.filter((t) => t.kind === kind),
  };
}
