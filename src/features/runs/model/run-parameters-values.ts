import { isRecord } from '@/lib/parse/reader.ts';
import type { ParameterField } from './run-parameters.ts';

/**
 * Parameter values as the form holds them (text per field) and as the server takes them
 * (`runtime_config.parameters`: native JSON for v2, strings for v1 Argo pipelines).
 */
export type ParameterTexts = Readonly<Record<string, string>>;

export type ParsedParameter =
  /** `omit`: left empty where that is allowed; the server uses the default. */
  | { readonly ok: true; readonly value: unknown; readonly omit: boolean }
  | { readonly ok: false; readonly error: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** How a value shows in its field: strings as they are, everything else as JSON. */
export function valueToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The text a field starts with: its default. */
export function defaultText(field: ParameterField): string {
  return field.hasDefault ? valueToText(field.defaultValue) : '';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function parseTyped(field: ParameterField, text: string): ParsedParameter {
  const trimmed = text.trim();
  switch (field.type) {
    case 'STRING':
      return { ok: true, value: text, omit: false };
    case 'NUMBER_INTEGER': {
      if (!INTEGER.test(trimmed)) return { ok: false, error: 'Enter a whole number, e.g. 42' };
      const value = Number(trimmed);
      if (!Number.isSafeInteger(value)) return { ok: false, error: 'The number is too large' };
      return { ok: true, value, omit: false };
    }
    case 'NUMBER_DOUBLE': {
      const value = Number(trimmed);
      if (!DECIMAL.test(trimmed) || !Number.isFinite(value))
        return { ok: false, error: 'Enter a number, e.g. 0.5' };
      return { ok: true, value, omit: false };
    }
    case 'BOOLEAN': {
      // The kfp 1.x SDK writes Python's `True`/`False`; its components read any case (`strtobool`).
      const word = field.flavor === 'v1' ? trimmed.toLowerCase() : trimmed;
      if (word === 'true') return { ok: true, value: true, omit: false };
      if (word === 'false') return { ok: true, value: false, omit: false };
      return { ok: false, error: 'Choose true or false' };
    }
    case 'LIST': {
      const parsed = parseJson(trimmed);
      if (!parsed.ok) return { ok: false, error: `Not valid JSON: ${parsed.error}` };
      if (!Array.isArray(parsed.value))
        return { ok: false, error: 'Enter a JSON list, e.g. [1, 2, 3]' };
      return { ok: true, value: parsed.value, omit: false };
    }
    case 'STRUCT': {
      const parsed = parseJson(trimmed);
      if (!parsed.ok) return { ok: false, error: `Not valid JSON: ${parsed.error}` };
      if (!isRecord(parsed.value))
        return { ok: false, error: 'Enter a JSON object, e.g. {"key": "value"}' };
      return { ok: true, value: parsed.value, omit: false };
    }
    case 'JSON': {
      const parsed = parseJson(trimmed);
      if (!parsed.ok) return { ok: false, error: `Not valid JSON: ${parsed.error}` };
      return { ok: true, value: parsed.value, omit: false };
    }
  }
}

/** The field's value as a native JSON value (also for typed v1 fields), or why it is refused. */
function parseNative(field: ParameterField, text: string): ParsedParameter {
  if (text.trim() === '' && field.type !== 'STRING') {
    return field.optional
      ? { ok: true, value: undefined, omit: true }
      : { ok: false, error: 'A value is required' };
  }
  if (text === '' && field.type === 'STRING' && field.optional)
    return { ok: true, value: undefined, omit: true };
  const parsed = parseTyped(field, text);
  if (!parsed.ok || field.literals === undefined) return parsed;
  // v1 `enum` values are strings, compared as written.
  const allowed = field.literals.some((literal) =>
    field.flavor === 'v1'
      ? literal === text.trim()
      : JSON.stringify(literal) === JSON.stringify(parsed.value),
  );
  return allowed
    ? parsed
    : { ok: false, error: `Choose one of ${field.literals.map(valueToText).join(', ')}` };
}

/** Reads one field's text: a clear message for anything the server would refuse. */
export function parseParameter(field: ParameterField, text: string): ParsedParameter {
  // v1 (Argo) parameters are strings on the wire, even "3" or "0.5": the v1 runtime takes strings.
  // Untyped (or String) ones go as written; typed ones are checked first, then sent as their text.
  if (field.flavor === 'v1' && field.type === 'STRING')
    return { ok: true, value: text, omit: false };
  const parsed = parseNative(field, text);
  if (field.flavor === 'v2' || !parsed.ok || parsed.omit) return parsed;
  return { ok: true, value: text.trim(), omit: false };
}

export interface ParametersResult {
  /** `runtime_config.parameters`. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Messages by parameter name; empty when every field is valid. */
  readonly errors: Readonly<Record<string, string>>;
}

export function parseParameters(
  fields: readonly ParameterField[],
  texts: ParameterTexts,
): ParametersResult {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const parsed = parseParameter(field, texts[field.name] ?? defaultText(field));
    if (!parsed.ok) errors[field.name] = parsed.error;
    else if (!parsed.omit) values[field.name] = parsed.value;
  }
  return { values, errors };
}

export type PastedParameters =
  | { readonly ok: true; readonly texts: ParameterTexts; readonly unknown: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** "Paste a JSON map of parameters": the texts it gives the known fields, and the names the pipeline does not have. */
export function textsFromJsonMap(
  fields: readonly ParameterField[],
  json: string,
): PastedParameters {
  const parsed = parseJson(json.trim());
  if (!parsed.ok) return { ok: false, error: `Not valid JSON: ${parsed.error}` };
  if (!isRecord(parsed.value))
    return { ok: false, error: 'Paste a JSON object of parameter names to values, e.g. {"a": 3}' };
  const known = new Set(fields.map((field) => field.name));
  const texts: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(parsed.value)) {
    if (known.has(name)) texts[name] = valueToText(value);
    else unknown.push(name);
  }
  return { ok: true, texts, unknown };
}

/** Texts of a run's parameters (clone), for the fields the version declares. */
export function textsFromValues(
  fields: readonly ParameterField[],
  values: Readonly<Record<string, unknown>>,
): ParameterTexts {
  const texts: Record<string, string> = {};
  for (const field of fields)
    texts[field.name] = field.name in values ? valueToText(values[field.name]) : defaultText(field);
  return texts;
}

export interface ParameterDifference {
  readonly name: string;
  readonly defaultText: string;
  readonly text: string;
}

/** Parameters whose value differs from the version's default (what a clone changed). */
export function diffFromDefaults(
  fields: readonly ParameterField[],
  texts: ParameterTexts,
): readonly ParameterDifference[] {
  return fields.flatMap((field) => {
    const text = texts[field.name] ?? defaultText(field);
    const base = defaultText(field);
    if (field.type !== 'STRING') {
      const a = parseNative(field, text);
      const b = parseNative(field, base);
      if (a.ok && b.ok && JSON.stringify(a.value) === JSON.stringify(b.value)) return [];
    } else if (text === base) {
      return [];
    }
    return [{ name: field.name, defaultText: base, text }];
  });
}
