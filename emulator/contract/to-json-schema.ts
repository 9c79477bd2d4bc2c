import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** Swagger keywords that only document a schema; they do not constrain the wire. */
const documentationKeys = new Set(['description', 'title', 'default', 'example', 'readOnly']);
const handledKeys = new Set([
  '$ref',
  'type',
  'format',
  'enum',
  'items',
  'properties',
  'additionalProperties',
  'required',
]);

/** int64/uint64 travel as decimal strings in protobuf JSON (KFP-NOTES: "int64 values … are JSON strings"). */
const int64Pattern = '^-?[0-9]+$';
const uint64Pattern = '^[0-9]+$';
/** Formats ajv-formats checks on strings; number formats (int32, double, float) add nothing to `type`. */
const keptStringFormats = new Set(['date-time', 'byte']);

/**
 * Converts one Swagger 2.0 schema into a STRICT JSON Schema (draft-07, for ajv):
 * - `$ref: '#/definitions/X'` → `${refBase}#/definitions/X` (siblings of a `$ref` are ignored, as in Swagger);
 * - `format: int64` strings must be decimal strings, so an int64 sent as a JSON number fails;
 * - every object that declares `properties` (even `{}`) gets `additionalProperties: false` unless the spec
 *   itself gives `additionalProperties` (protobufAny: `@type` plus anything; map fields; Struct values);
 * - `{type: object}` without properties stays free-form (pipeline_spec, plugins_input: google.protobuf.Struct).
 * Unknown keywords throw, so a new spec feature is never silently loosened.
 */
export function toJsonSchema(node: unknown, refBase: string, where = '#'): JsonObject {
  if (!isJsonObject(node)) throw new Error(`${where}: a schema must be an object`);
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/definitions/')) throw new Error(`${where}: unsupported $ref ${ref}`);
    return { $ref: `${refBase}${ref}` };
  }
  const out: JsonObject = {};
  for (const key of Object.keys(node)) {
    if (!handledKeys.has(key) && !documentationKeys.has(key) && !key.startsWith('x-')) {
      throw new Error(`${where}: unsupported Swagger keyword "${key}"`);
    }
  }
  const { type, format, enum: values, items, properties, additionalProperties, required } = node;
  if (typeof type === 'string') out.type = type;
  if (typeof format === 'string') {
    if (type === 'string' && format === 'int64') out.pattern = int64Pattern;
    else if (type === 'string' && format === 'uint64') out.pattern = uint64Pattern;
    else if (type === 'string' && keptStringFormats.has(format)) out.format = format;
  }
  if (Array.isArray(values)) out.enum = values;
  if (items !== undefined) out.items = toJsonSchema(items, refBase, `${where}/items`);
  if (Array.isArray(required)) out.required = required;
  if (isJsonObject(properties)) {
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, child]) => [
        name,
        toJsonSchema(child, refBase, `${where}/${name}`),
      ]),
    );
    if (additionalProperties === undefined) out.additionalProperties = false;
  }
  if (additionalProperties !== undefined) {
    out.additionalProperties =
      typeof additionalProperties === 'boolean'
        ? additionalProperties
        : toJsonSchema(additionalProperties, refBase, `${where}/additionalProperties`);
  }
  return out;
}

/** All definitions of one Swagger file as one JSON Schema document registered under `id`. */
export function definitionsDocument(id: string, definitions: JsonObject): JsonObject {
  return {
    $id: id,
    definitions: Object.fromEntries(
      Object.entries(definitions).map(([name, schema]) => [
        name,
        toJsonSchema(schema, id, `${id}#/definitions/${name}`),
      ]),
    ),
  };
}
