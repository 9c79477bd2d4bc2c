/**
 * Hand-written runtime parsing for data we did not produce (server answers, config files, storage).
 * A Reader walks one JSON object and remembers where it is, so a failure names the exact field:
 * `runs[3].state: expected one of PENDING, RUNNING, …, got "BOGUS"`.
 *
 * Proto3 JSON rules apply to the server's answers: an absent field means its default value
 * (empty string, 0, false, the first enum value, an empty list or map).
 */
export class ParseError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly received: unknown,
  ) {
    super(`${path || 'value'}: expected ${expected}, got ${describeValue(received)}`);
    this.name = 'ParseError';
  }
}

export type Parser<T> = (value: unknown, path: string) => T;

/** The one plain-object guard: an object that is neither null nor an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of an unknown value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

const INT64 = /^-?\d+$/;

export class Reader {
  private constructor(
    private readonly value: Readonly<Record<string, unknown>>,
    readonly path: string,
  ) {}

  static of(value: unknown, path: string): Reader {
    if (!isRecord(value)) throw new ParseError(path, 'an object', value);
    return new Reader(value, path);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  private at(key: string): unknown {
    const v = this.value[key];
    return v === null ? undefined : v;
  }

  /** A string; absent means "" (proto3 default). */
  string(key: string): string {
    return this.optionalString(key) ?? '';
  }

  /** A string that must be present and non-empty. */
  requiredString(key: string): string {
    const v = this.at(key);
    if (typeof v !== 'string' || v === '')
      throw new ParseError(join(this.path, key), 'a non-empty string', v);
    return v;
  }

  optionalString(key: string): string | undefined {
    const v = this.at(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new ParseError(join(this.path, key), 'a string', v);
    return v;
  }

  /** An RFC 3339 timestamp, kept as its string; absent means undefined. */
  timestamp(key: string): string | undefined {
    const v = this.optionalString(key);
    if (v !== undefined && Number.isNaN(Date.parse(v)))
      throw new ParseError(join(this.path, key), 'an RFC 3339 timestamp', v);
    return v;
  }

  boolean(key: string): boolean {
    const v = this.at(key);
    if (v === undefined) return false;
    if (typeof v !== 'boolean') throw new ParseError(join(this.path, key), 'true or false', v);
    return v;
  }

  optionalBoolean(key: string): boolean | undefined {
    return this.has(key) ? this.boolean(key) : undefined;
  }

  /** A JSON number (int32 / double); absent means 0. */
  number(key: string): number {
    const v = this.at(key);
    if (v === undefined) return 0;
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new ParseError(join(this.path, key), 'a number', v);
    return v;
  }

  /** An int64, which proto3 JSON writes as a string of digits; kept as a string. Absent means undefined. */
  int64(key: string): string | undefined {
    const v = this.at(key);
    return v === undefined ? undefined : parseInt64(v, join(this.path, key));
  }

  /** One of `values`; absent means `values[0]` (the UNSPECIFIED value). */
  enumOf<const T extends string>(key: string, values: readonly [T, ...T[]]): T {
    const v = this.at(key);
    if (v === undefined) return values[0];
    const found = values.find((candidate) => candidate === v);
    if (found === undefined)
      throw new ParseError(join(this.path, key), `one of ${values.join(', ')}`, v);
    return found;
  }

  object<T>(key: string, parse: Parser<T>): T | undefined {
    const v = this.at(key);
    return v === undefined ? undefined : parse(v, join(this.path, key));
  }

  requiredObject<T>(key: string, parse: Parser<T>): T {
    const v = this.at(key);
    if (v === undefined) throw new ParseError(join(this.path, key), 'an object', v);
    return parse(v, join(this.path, key));
  }

  /** A list; absent means []. */
  array<T>(key: string, parse: Parser<T>): T[] {
    const v = this.at(key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new ParseError(join(this.path, key), 'a list', v);
    const path = join(this.path, key);
    return v.map((item: unknown, index) => parse(item, `${path}[${index}]`));
  }

  /** A map with string keys; absent means {}. */
  record<T>(key: string, parse: Parser<T>): Record<string, T> {
    const v = this.at(key);
    if (v === undefined) return {};
    if (!isRecord(v)) throw new ParseError(join(this.path, key), 'an object', v);
    const path = join(this.path, key);
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(v)) out[k] = parse(item, `${path}.${k}`);
    return out;
  }

  /** Free-form JSON object (a pipeline spec, plugin input); absent means undefined. */
  jsonObject(key: string): Readonly<Record<string, unknown>> | undefined {
    const v = this.at(key);
    if (v === undefined) return undefined;
    if (!isRecord(v)) throw new ParseError(join(this.path, key), 'an object', v);
    return v;
  }
}

export const parseString: Parser<string> = (value, path) => {
  if (typeof value !== 'string') throw new ParseError(path, 'a string', value);
  return value;
};

/** An int64: proto3 JSON writes it as a string of digits (numbers are accepted too). */
export const parseInt64: Parser<string> = (value, path) => {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string' || !INT64.test(value))
    throw new ParseError(path, 'an integer string', value);
  return value;
};

export const parseUnknown: Parser<unknown> = (value) => value;
