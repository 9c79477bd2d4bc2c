import { isStringArray, quote, type JsonRecord } from './guards.ts';
import type { SchemaColumn, SourceContent } from './output-source.ts';
import { parseStorageUri, StorageUriError, type StorageLocation } from '@/lib/kfp/storage-uri.ts';
import { VisualizationError } from './viewer-config.ts';
import { isRecord, describeValue } from '@/lib/parse/reader.ts';

/** Field readers for one `mlpipeline-ui-metadata` output. Each throws a VisualizationError naming the field. */

export function readSource(output: JsonRecord, what: string): SourceContent {
  const source = requireString(output, 'source', what);
  const storage = output.storage;
  if (storage !== undefined && typeof storage !== 'string') {
    throw new VisualizationError(
      what,
      `"storage" must be a string such as "inline" or "gcs", got ${describeValue(storage)}`,
    );
  }
  if (storage === 'inline') return { storage: 'inline', text: source };
  return { storage: 'uri', uri: source.trim(), location: readLocation(source, what) };
}

export function readLocation(uri: string, what: string): StorageLocation {
  try {
    return parseStorageUri(uri);
  } catch (error) {
    if (error instanceof StorageUriError) throw new VisualizationError(what, error.message);
    throw error;
  }
}

export function requireString(output: JsonRecord, field: string, what: string): string {
  const value = output[field];
  if (value === undefined || value === null || value === '') {
    throw new VisualizationError(what, `"${field}" is required`);
  }
  if (typeof value !== 'string') {
    throw new VisualizationError(what, `"${field}" must be a string, got ${describeValue(value)}`);
  }
  return value;
}

export function optionalString(
  output: JsonRecord,
  field: string,
  what: string,
): string | undefined {
  const value = output[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new VisualizationError(what, `"${field}" must be a string, got ${describeValue(value)}`);
  }
  return value;
}

/** `format`: absent means csv; anything else than csv is refused. */
export function readCsvFormat(output: JsonRecord, what: string): 'csv' {
  const format = output.format;
  if (format === undefined || format === null || format === 'csv') return 'csv';
  throw new VisualizationError(
    what,
    `format ${describeValue(format)} is not supported (only "csv")`,
  );
}

/** A non-empty array of strings, e.g. `labels` or `header`. */
export function readStringList(
  output: JsonRecord,
  field: string,
  what: string,
  meaning: string,
): string[] {
  const value = output[field];
  if (value === undefined || value === null) {
    throw new VisualizationError(what, `"${field}" is required (${meaning})`);
  }
  if (!isStringArray(value)) {
    throw new VisualizationError(what, `"${field}" must be an array of strings (${meaning})`);
  }
  if (value.length === 0) {
    throw new VisualizationError(what, `"${field}" is empty (${meaning})`);
  }
  return value;
}

export function readSchema(output: JsonRecord, what: string, needs: string): SchemaColumn[] {
  const schema = output.schema;
  if (schema === undefined || schema === null) {
    throw new VisualizationError(what, `"schema" is required (columns ${needs})`);
  }
  if (!Array.isArray(schema)) {
    throw new VisualizationError(
      what,
      `"schema" must be an array of {"name", "type"} objects, got ${describeValue(schema)}`,
    );
  }
  return schema.map((column: unknown, i) => {
    if (!isRecord(column) || typeof column.name !== 'string' || column.name.trim() === '') {
      throw new VisualizationError(what, `schema column ${i + 1} has no "name"`);
    }
    return typeof column.type === 'string'
      ? { name: column.name, type: column.type }
      : { name: column.name };
  });
}

export interface ColumnSpec {
  /** How the column is named in messages. */
  label: string;
  /** Tests a trimmed, lower-cased schema column name. */
  matches: (name: string) => boolean;
}

/** A column found by its exact name (case and surrounding spaces ignored). */
export function column(name: string): ColumnSpec {
  return { label: name, matches: (candidate) => candidate === name };
}

/** Positions of the wanted columns in the schema (any order); throws naming the missing ones. */
export function requireColumns(
  schema: readonly SchemaColumn[],
  what: string,
  needs: string,
  wanted: readonly ColumnSpec[],
): number[] {
  const positions = wanted.map((spec) =>
    schema.findIndex((entry) => spec.matches(entry.name.trim().toLowerCase())),
  );
  const missing = wanted.filter((_, i) => positions[i] === -1).map((spec) => spec.label);
  if (missing.length > 0) {
    const got = schema.map((entry) => quote(entry.name)).join(', ');
    throw new VisualizationError(
      what,
      `schema needs columns ${needs}; missing ${missing.join(', ')} (got ${got})`,
    );
  }
  return positions;
}

/** The fields every CSV output has: content, format, and a schema holding the wanted columns. */
export function readCsvOutput(
  output: JsonRecord,
  what: string,
  needs: string,
  wanted: readonly ColumnSpec[],
) {
  const content = readSource(output, what);
  const format = readCsvFormat(output, what);
  const schema = readSchema(output, what, needs);
  return { content, format, schema, positions: requireColumns(schema, what, needs, wanted) };
}
