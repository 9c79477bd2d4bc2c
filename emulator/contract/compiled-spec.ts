import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { objectAt } from './json.ts';
import { loadSpecFiles, type SpecFile, type SpecName } from './spec-files.ts';
import { withSupplement } from './supplement.ts';
import { definitionsDocument, toJsonSchema } from './to-json-schema.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

const idBase = 'https://kfp-api.invalid/';

/** One spec directory compiled into ajv: every file's definitions registered under its own `$id`. */
export interface CompiledSpec {
  readonly files: readonly SpecFile[];
  /** Converts a Swagger schema found in `file` (a response schema) and compiles it, cached by `key`. */
  validator(file: SpecFile, key: string, swaggerSchema: unknown): ValidateFunction;
  /** Compiles an already-converted JSON Schema (error variants), cached by `key`. */
  validatorFor(key: string, schema: JsonObject): ValidateFunction;
  /** A converted definition of `file` (refs inside it are absolute). */
  definition(file: SpecFile, name: string): JsonObject | undefined;
}

function compile(spec: SpecName): CompiledSpec {
  const files = withSupplement(spec, loadSpecFiles(spec));
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const documents = new Map<string, JsonObject>();
  for (const file of files) {
    const document = definitionsDocument(idBase + file.id, file.definitions);
    documents.set(file.id, document);
    ajv.addSchema(document);
  }
  const cache = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: JsonObject): ValidateFunction => {
    const cached = cache.get(key);
    if (cached) return cached;
    const validate = ajv.compile(schema);
    cache.set(key, validate);
    return validate;
  };
  return {
    files,
    validatorFor,
    validator: (file, key, swaggerSchema) =>
      validatorFor(
        `${file.id} ${key}`,
        toJsonSchema(swaggerSchema, idBase + file.id, `${file.id} ${key}`),
      ),
    definition: (file, name) => {
      const document = documents.get(file.id);
      const definitions = document ? objectAt(document, 'definitions') : undefined;
      return definitions ? objectAt(definitions, name) : undefined;
    },
  };
}

const compiled = new Map<SpecName, CompiledSpec>();

/** Loads and compiles a spec once per process. */
export function compiledSpec(spec: SpecName): CompiledSpec {
  const existing = compiled.get(spec);
  if (existing) return existing;
  const fresh = compile(spec);
  compiled.set(spec, fresh);
  return fresh;
}

/** `$ref: '#/definitions/X'` → `X`. */
export function definitionName(schema: unknown): string | undefined {
  if (!isJsonObject(schema) || typeof schema.$ref !== 'string') return undefined;
  const match = /^#\/definitions\/(.+)$/.exec(schema.$ref);
  return match?.[1];
}

/** ajv errors as one readable line each: `<file>: <json pointer> <message> (<detail>)`. */
export function describeErrors(
  prefix: string,
  errors: readonly ErrorObject[] | null | undefined,
): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath === '' ? '(body)' : error.instancePath;
    const params = error.params;
    const detail =
      typeof params.additionalProperty === 'string'
        ? `: "${params.additionalProperty}"`
        : Array.isArray(params.allowedValues)
          ? `: ${params.allowedValues.map(String).join(', ')}`
          : '';
    return `${prefix}: ${where} ${error.message ?? 'is invalid'}${detail}`;
  });
}
