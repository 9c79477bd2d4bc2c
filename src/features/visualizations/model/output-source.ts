import type { StorageLocation } from '@/lib/kfp/storage-uri.ts';
import type { ErrorConfig } from './viewer-config.ts';

/** Where an output's content is: in the metadata itself, or in a file to read through `artifacts/get`. */
export type SourceContent =
  { storage: 'inline'; text: string } | { storage: 'uri'; uri: string; location: StorageLocation };

export interface SchemaColumn {
  name: string;
  type?: string;
}

interface SourceBase {
  /** Heading for the viewer (file name, output name). */
  title?: string;
}

export interface ConfusionMatrixSource extends SourceBase {
  type: 'confusion_matrix';
  content: SourceContent;
  format: 'csv';
  schema: SchemaColumn[];
  /** Column positions in the CSV, found by name in the schema (any order). */
  columns: { target: number; predicted: number; count: number };
  labels: string[];
}

export interface RocSource extends SourceBase {
  type: 'roc';
  content: SourceContent;
  format: 'csv';
  schema: SchemaColumn[];
  columns: { fpr: number; tpr: number; threshold: number };
}

export interface TableSource extends SourceBase {
  type: 'table';
  content: SourceContent;
  format: 'csv';
  header: string[];
}

export interface MarkdownSource extends SourceBase {
  type: 'markdown';
  content: SourceContent;
}

export interface WebAppSource extends SourceBase {
  type: 'web-app';
  content: SourceContent;
}

export interface TensorboardSource extends SourceBase {
  type: 'tensorboard';
  logDirs: string[];
  image?: string;
  podTemplateSpec?: unknown;
}

/** One validated output, ready to be loaded (if it points at a file) and built into a viewer config. */
export type OutputSource =
  | ConfusionMatrixSource
  | RocSource
  | TableSource
  | MarkdownSource
  | WebAppSource
  | TensorboardSource;

export type CsvSource = ConfusionMatrixSource | RocSource | TableSource;

export function isCsvSource(source: OutputSource): source is CsvSource {
  return source.type === 'confusion_matrix' || source.type === 'roc' || source.type === 'table';
}

/** One entry of `outputs`, after validation. */
export type ParsedOutput =
  | { status: 'ok'; source: OutputSource }
  | { status: 'invalid'; error: ErrorConfig }
  | { status: 'skipped'; type: string; reason: string };

/** Name of an output type in messages: `confusion matrix`, `roc`, `web-app`. */
export function outputTypeLabel(type: OutputSource['type']): string {
  return type === 'confusion_matrix' ? 'confusion matrix' : type;
}
