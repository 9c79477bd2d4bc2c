import { isJsonObject } from '../lib/json.ts';

/** Narrowing helpers for parsed JSON (the contract code never casts). */
export type JsonObject = Record<string, unknown>;

export function objectAt(value: JsonObject, key: string): JsonObject | undefined {
  const child = value[key];
  return isJsonObject(child) ? child : undefined;
}
