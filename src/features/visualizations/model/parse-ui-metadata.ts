import { quote, type JsonRecord } from './guards.ts';
import { MAX_CONFUSION_LABELS, MAX_OUTPUTS, UI_METADATA_BYTES } from './limits.ts';
import {
  column,
  optionalString,
  readCsvFormat,
  readCsvOutput,
  readLocation,
  readSource,
  readStringList,
  requireString,
  type ColumnSpec,
} from './metadata-fields.ts';
import type { OutputSource, ParsedOutput, SourceContent } from './output-source.ts';
import { parseJsonSafely } from './safe-json.ts';
import { toErrorConfig, VisualizationError, type ErrorConfig } from './viewer-config.ts';
import { isRecord, describeValue } from '@/lib/parse/reader.ts';

export type UiMetadataResult =
  { ok: true; outputs: ParsedOutput[] } | { ok: false; error: ErrorConfig };

const WHAT = 'ui metadata';

/** Parses the text of an `mlpipeline-ui-metadata` file (size and depth checked before JSON.parse). */
export function parseUiMetadataText(text: string): UiMetadataResult {
  try {
    return parseUiMetadata(parseJsonSafely(text, WHAT, { maxChars: UI_METADATA_BYTES }));
  } catch (error) {
    return { ok: false, error: toErrorConfig(error, WHAT) };
  }
}

/**
 * Validates `{"outputs": […]}`. A bad output becomes an `invalid` entry with a message naming the
 * problem; an unknown type is `skipped`; the other outputs are unaffected.
 */
export function parseUiMetadata(value: unknown): UiMetadataResult {
  if (!isRecord(value) || !Array.isArray(value.outputs)) {
    return fileError('expected an object with an "outputs" array');
  }
  const outputs: unknown[] = value.outputs;
  if (outputs.length > MAX_OUTPUTS) {
    return fileError(`${outputs.length} outputs is over the limit of ${MAX_OUTPUTS}`);
  }
  return { ok: true, outputs: outputs.map((output, i) => parseOutput(output, i)) };
}

function fileError(problem: string): UiMetadataResult {
  return { ok: false, error: toErrorConfig(new VisualizationError(WHAT, problem), WHAT) };
}

function parseOutput(output: unknown, index: number): ParsedOutput {
  const position = `output ${index + 1}`;
  if (!isRecord(output)) {
    return invalid(
      new VisualizationError(position, `expected an object, got ${describeValue(output)}`),
      position,
    );
  }
  const type = output.type;
  if (typeof type !== 'string' || type === '') {
    return invalid(
      new VisualizationError(position, `"type" is required, got ${describeValue(type)}`),
      position,
    );
  }
  const build = Object.hasOwn(BUILDERS, type) ? BUILDERS[type] : undefined; // no prototype keys
  if (!build) return { status: 'skipped', type, reason: `unknown output type ${quote(type)}` };
  const what = type === 'confusion_matrix' ? 'confusion matrix' : type;
  try {
    return { status: 'ok', source: build(output, what) };
  } catch (error) {
    return invalid(error, what);
  }
}

function invalid(error: unknown, what: string): ParsedOutput {
  return { status: 'invalid', error: toErrorConfig(error, what) };
}

type Builder = (output: JsonRecord, what: string) => OutputSource;

const BUILDERS: Readonly<Partial<Record<string, Builder>>> = {
  confusion_matrix: (output, what) => {
    const csv = readCsvOutput(output, what, 'target, predicted and count', [
      column('target'),
      column('predicted'),
      column('count'),
    ]);
    const [target = 0, predicted = 0, count = 0] = csv.positions;
    const labels = readLabels(output, what);
    return {
      type: 'confusion_matrix',
      ...titled(csv.content),
      format: csv.format,
      schema: csv.schema,
      columns: { target, predicted, count },
      labels,
    };
  },
  roc: (output, what) => {
    const threshold: ColumnSpec = {
      label: 'threshold…',
      matches: (name) => name.startsWith('threshold'),
    };
    const csv = readCsvOutput(output, what, 'fpr, tpr and threshold…', [
      column('fpr'),
      column('tpr'),
      threshold,
    ]);
    const [fpr = 0, tpr = 0, thresholdAt = 0] = csv.positions;
    return {
      type: 'roc',
      ...titled(csv.content),
      format: csv.format,
      schema: csv.schema,
      columns: { fpr, tpr, threshold: thresholdAt },
    };
  },
  table: (output, what) => {
    const content = readSource(output, what);
    const format = readCsvFormat(output, what);
    const header = readStringList(output, 'header', what, 'the column names');
    return { type: 'table', ...titled(content), format, header };
  },
  markdown: (output, what) => ({ type: 'markdown', ...titled(readSource(output, what)) }),
  'web-app': (output, what) => ({ type: 'web-app', ...titled(readSource(output, what)) }),
  tensorboard: (output, what) => {
    const logDirs = readLogDirs(requireString(output, 'source', what), what);
    const image = optionalString(output, 'image', what);
    const spec = output.pod_template_spec;
    return {
      type: 'tensorboard',
      logDirs,
      ...(image === undefined ? {} : { image }),
      ...(spec === undefined || spec === null ? {} : { podTemplateSpec: spec }),
    };
  },
};

function readLabels(output: JsonRecord, what: string): string[] {
  const labels = readStringList(output, 'labels', what, 'the class names, in order');
  if (labels.length > MAX_CONFUSION_LABELS) {
    throw new VisualizationError(
      what,
      `${labels.length} labels is over the limit of ${MAX_CONFUSION_LABELS}`,
    );
  }
  const seen = new Set<string>();
  for (const label of labels) {
    const key = label.trim();
    if (seen.has(key)) throw new VisualizationError(what, `label ${quote(key)} appears twice`);
    seen.add(key);
  }
  return labels;
}

/** `source` of a tensorboard output: one or more comma-separated log dirs, each `uri` or `name:uri`. */
function readLogDirs(source: string, what: string): string[] {
  const entries = source
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new VisualizationError(what, '"source" is required');
  for (const entry of entries) {
    const named = /^([\w.-]+):(?!\/\/)(.+)$/s.exec(entry);
    readLocation(named?.[2] ?? entry, what);
  }
  return entries;
}

/** The content plus a title: the file name of a URI source. */
function titled(content: SourceContent): { content: SourceContent; title?: string } {
  if (content.storage === 'inline') return { content };
  const name = content.location.key.split('/').filter(Boolean).pop();
  return name === undefined ? { content } : { content, title: name };
}
