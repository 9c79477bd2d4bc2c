import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** Narrowing helper for parsed JSON (the contract code never casts). */
export function objectAt(value: JsonObject, key: string): JsonObject | undefined {
  const child = value[key];
  return isJsonObject(child) ? child : undefined;
}
