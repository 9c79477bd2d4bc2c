import { badRequest } from './errors.ts';
import { checkJsonText } from './json-guard.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json.ts';

/**
 * Reads request bodies the way grpc-gateway's protojson unmarshaler does: field names in
 * snake_case (proto name) or lowerCamelCase (JSON name), enums by name or number, int64 as a
 * string or a number, unknown fields and wrong types rejected with InvalidArgument. The result
 * always uses snake_case keys, enum names and int64 values as decimal strings.
 */
export type FieldType =
  | {
      readonly kind:
        'string' | 'bool' | 'int32' | 'int64' | 'double' | 'timestamp' | 'struct' | 'value';
    }
  | {
      readonly kind: 'enum';
      readonly name: string;
      readonly values: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'message'; readonly message: () => MessageSchema }
  | { readonly kind: 'map'; readonly value: FieldType };

export interface FieldSchema {
  readonly type: FieldType;
  readonly repeated?: boolean;
  /** Fields sharing a oneof name may not both be set. */
  readonly oneof?: string;
}

export interface MessageSchema {
  /** Full proto name for messages, e.g. `v2beta1.Experiment`. */
  readonly name: string;
  readonly fields: Readonly<Record<string, FieldSchema>>;
}

export type ParsedValue = JsonValue | ParsedMessage | ParsedValue[];
export interface ParsedMessage {
  readonly [field: string]: ParsedValue;
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function describe(value: unknown): string {
  // JSON.stringify answers undefined for undefined, functions and symbols.
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
    ? typeof value
    : JSON.stringify(value);
}

/** Parses a request body text as the given message; malformed JSON is InvalidArgument. */
export function parseBody(schema: MessageSchema, text: string): ParsedMessage {
  let json: unknown;
  checkJsonText(text);
  try {
    json = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest(`proto: syntax error: ${reason}`);
  }
  return parseMessage(schema, json);
}

export function parseMessage(schema: MessageSchema, json: unknown): ParsedMessage {
  if (!isJsonObject(json)) {
    throw badRequest(`invalid value for message ${schema.name}: ${describe(json)}`);
  }
  const byJsonName = new Map<string, string>();
  for (const name of Object.keys(schema.fields)) {
    byJsonName.set(name, name);
    byJsonName.set(camel(name), name);
  }
  const out: Record<string, ParsedValue> = {};
  const oneofs = new Map<string, string>();
  for (const [key, raw] of Object.entries(json)) {
    const name = byJsonName.get(key);
    const field = name === undefined ? undefined : schema.fields[name];
    if (name === undefined || field === undefined) {
      throw badRequest(`unknown field ${JSON.stringify(key)} in ${schema.name}`);
    }
    if (name in out) throw badRequest(`duplicate field ${JSON.stringify(key)} in ${schema.name}`);
    if (raw === null && field.type.kind !== 'value') continue; // protojson: null means "unset"
    if (field.oneof) {
      const other = oneofs.get(field.oneof);
      if (other !== undefined) {
        throw badRequest(
          `fields ${JSON.stringify(other)} and ${JSON.stringify(name)} of oneof ${field.oneof} in ${schema.name} are both set`,
        );
      }
      oneofs.set(field.oneof, name);
    }
    const where = `field ${JSON.stringify(name)} in ${schema.name}`;
    if (field.repeated) {
      if (!Array.isArray(raw))
        throw badRequest(`invalid value for repeated ${where}: ${describe(raw)}`);
      out[name] = raw.map((item) => parseValue(field.type, item, where));
    } else {
      out[name] = parseValue(field.type, raw, where);
    }
  }
  return out;
}

function parseValue(type: FieldType, raw: unknown, where: string): ParsedValue {
  const invalid = () =>
    badRequest(
      `invalid value for ${type.kind === 'enum' ? `enum ${type.name}` : type.kind} ${where}: ${describe(raw)}`,
    );
  switch (type.kind) {
    case 'string':
      if (typeof raw !== 'string') throw invalid();
      return raw;
    case 'bool':
      if (typeof raw !== 'boolean') throw invalid();
      return raw;
    case 'int32':
    case 'int64': {
      const text =
        typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
      if (text === undefined || !/^-?\d+$/.test(text)) throw invalid();
      const n = Number(text);
      if (type.kind === 'int32') {
        if (n > 2147483647 || n < -2147483648) throw invalid();
        return n;
      }
      return BigInt(text).toString();
    }
    case 'double': {
      const n = typeof raw === 'string' ? Number(raw) : raw;
      if (typeof n !== 'number' || Number.isNaN(n)) throw invalid();
      return n;
    }
    case 'timestamp':
      if (
        typeof raw !== 'string' ||
        Number.isNaN(Date.parse(raw)) ||
        !/^\d{4}-\d\d-\d\dT/.test(raw)
      )
        throw invalid();
      return raw;
    case 'enum': {
      if (typeof raw === 'string' && raw in type.values) return raw;
      if (typeof raw === 'number') {
        const name = Object.entries(type.values).find(([, n]) => n === raw)?.[0];
        if (name !== undefined) return name;
      }
      throw invalid();
    }
    case 'message':
      return parseMessage(type.message(), raw);
    case 'map': {
      if (!isJsonObject(raw)) throw invalid();
      const out: Record<string, ParsedValue> = {};
      for (const [k, v] of Object.entries(raw))
        out[k] = parseValue(type.value, v, `${where}[${JSON.stringify(k)}]`);
      return out;
    }
    case 'struct':
      if (!isJsonObject(raw)) throw invalid();
      return raw;
    case 'value':
      return toJsonValue(raw);
  }
}

function toJsonValue(raw: unknown): JsonValue {
  if (
    raw === null ||
    typeof raw === 'string' ||
    typeof raw === 'number' ||
    typeof raw === 'boolean'
  )
    return raw;
  if (Array.isArray(raw)) return raw.map(toJsonValue);
  if (isJsonObject(raw)) return raw;
  throw badRequest(`invalid JSON value of type ${typeof raw}`);
}

// Typed readers of a parsed message (absent = the proto default).

export function str(message: ParsedMessage | undefined, field: string): string {
  const value = message?.[field];
  return typeof value === 'string' ? value : '';
}

export function bool(message: ParsedMessage | undefined, field: string): boolean {
  return message?.[field] === true;
}

export function int(message: ParsedMessage | undefined, field: string): number {
  const value = message?.[field];
  return typeof value === 'number' ? value : 0;
}

export function msg(message: ParsedMessage | undefined, field: string): ParsedMessage | undefined {
  const value = message?.[field];
  return isParsedMessage(value) ? value : undefined;
}

export function struct(message: ParsedMessage | undefined, field: string): JsonObject | undefined {
  const value = message?.[field];
  return isJsonObject(value) ? value : undefined;
}

export function list(message: ParsedMessage | undefined, field: string): readonly ParsedValue[] {
  const value = message?.[field];
  return Array.isArray(value) ? value : [];
}

export function stringMap(
  message: ParsedMessage | undefined,
  field: string,
): Record<string, string> | undefined {
  const value = message?.[field];
  if (!isJsonObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function has(message: ParsedMessage | undefined, field: string): boolean {
  return message !== undefined && field in message;
}

function isParsedMessage(value: unknown): value is ParsedMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
