import { isJsonObject } from '../lib/json.ts';
/** Who makes a seed call: a dev user, or null for the KFP administrator (shared pipelines). */
export type SeedUser = 'alice' | 'bob' | null;

/** One request to the KFP API (in-process); `body` is JSON, or FormData for uploads. */
export type SeedCall = (
  user: SeedUser,
  method: string,
  path: string,
  body?: unknown,
) => Promise<Response>;

export class SeedError extends Error {
  override name = 'SeedError';
}

type JsonRecord = Record<string, unknown>;
/** The call's JSON answer; any non-2xx status is a SeedError naming the request. */
export async function request(
  call: SeedCall,
  user: SeedUser,
  method: string,
  path: string,
  body?: unknown,
): Promise<JsonRecord> {
  const response = await call(user, method, path, body);
  const text = await response.text();
  if (!response.ok)
    throw new SeedError(
      `${method} ${path} as ${user ?? 'admin'} → ${response.status}: ${text.slice(0, 500)}`,
    );
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  if (!isJsonObject(parsed)) throw new SeedError(`${method} ${path} → not a JSON object`);
  return parsed;
}

export function stringOf(record: JsonRecord, key: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '')
    throw new SeedError(`the answer has no ${key}: ${JSON.stringify(record).slice(0, 300)}`);
  return value;
}

export const query = (params: Readonly<Record<string, string>>): string =>
  new URLSearchParams(params).toString();
