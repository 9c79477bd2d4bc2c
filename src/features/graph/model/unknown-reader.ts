import { isRecord } from '@/lib/parse/reader.ts';

/** Small readers for parsed JSON/YAML (`unknown`): type guards, never casts. */

export type UnknownRecord = Readonly<Record<string, unknown>>;

export function record(value: unknown): UnknownRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function recordAt(value: unknown, ...path: readonly string[]): UnknownRecord | undefined {
  return record(at(value, ...path));
}

/** The value at a path of object keys, or undefined. */
export function at(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function stringAt(value: unknown, ...path: readonly string[]): string | undefined {
  const found = at(value, ...path);
  return typeof found === 'string' ? found : undefined;
}

/** A scalar as text: strings as they are, numbers and booleans printed. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function scalarAt(value: unknown, ...path: readonly string[]): string | undefined {
  return scalarText(at(value, ...path));
}

/** Any JSON value as text: scalars printed, structures as JSON. */
export function valueText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return scalarText(value) ?? JSON.stringify(value);
}

export function arrayAt(value: unknown, ...path: readonly string[]): readonly unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

export function stringsAt(value: unknown, ...path: readonly string[]): string[] {
  return arrayAt(value, ...path).flatMap((item) => {
    const text = scalarText(item);
    return text === undefined ? [] : [text];
  });
}

export function recordsAt(value: unknown, ...path: readonly string[]): UnknownRecord[] {
  return arrayAt(value, ...path).filter(isRecord);
}

/** The entries of an object whose values are objects, in key order. */
export function recordEntries(value: unknown): [string, UnknownRecord][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    isRecord(entry) ? [[key, entry] as const] : [],
  );
}

export function booleanAt(value: unknown, ...path: readonly string[]): boolean | undefined {
  const found = at(value, ...path);
  return typeof found === 'boolean' ? found : undefined;
}

export function numberAt(value: unknown, ...path: readonly string[]): number | undefined {
  const found = at(value, ...path);
  if (typeof found === 'number') return found;
  if (typeof found === 'string' && found.trim() !== '' && Number.isFinite(Number(found)))
    return Number(found);
  return undefined;
}
