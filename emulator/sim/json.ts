import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** Safe accessors for spec objects that arrive as untyped JSON (no casts). */

export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (Array.isArray(value)) return value.every(isJsonValue);
      return Object.values(value).every(isJsonValue);
    default:
      return false;
  }
}

export function asObject(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

export function asArray(value: JsonValue | undefined): readonly JsonValue[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** Walks nested objects: `field(spec, 'root', 'dag', 'tasks')`. */
export function field(
  value: JsonValue | undefined,
  ...path: readonly string[]
): JsonValue | undefined {
  let current = value;
  for (const key of path) {
    const o = asObject(current);
    if (!o) return undefined;
    current = o[key];
  }
  return current;
}

export function objectField(
  value: JsonValue | undefined,
  ...path: readonly string[]
): JsonObject | undefined {
  return asObject(field(value, ...path));
}

export function stringField(
  value: JsonValue | undefined,
  ...path: readonly string[]
): string | undefined {
  return asString(field(value, ...path));
}

export function arrayField(
  value: JsonValue | undefined,
  ...path: readonly string[]
): readonly JsonValue[] {
  return asArray(field(value, ...path)) ?? [];
}

export function entries(value: JsonValue | undefined): [string, JsonValue][] {
  const o = asObject(value);
  return o ? Object.entries(o) : [];
}

/** JSON.parse that never throws and never yields `any`. */
export function parseJson(text: string): JsonValue | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonValue(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** How Argo and KFP print a parameter value as a string. */
export function jsonToText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
