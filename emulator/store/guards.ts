import type {
  ExperimentRecord,
  PipelineRecord,
  RecurringRunRecord,
  RunRecord,
  SpecRecord,
  VersionRecord,
} from './records.ts';
import { isJsonObject } from '../lib/json.ts';

/**
 * Type guards for records read back from `--data-dir`: the journal is ours, but a record that does
 * not have the shape we wrote is refused rather than trusted.
 */
type Kind = 'string' | 'number' | 'boolean' | 'object' | 'array';
type Shape = Readonly<Record<string, Kind | `${Kind}?`>>;

function kindOf(value: unknown): Kind | 'other' {
  if (Array.isArray(value)) return 'array';
  if (isJsonObject(value)) return 'object';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'other';
}

function hasShape(value: unknown, shape: Shape): value is Record<string, unknown> {
  if (!isJsonObject(value)) return false;
  return Object.entries(shape).every(([key, kind]) => {
    const optional = kind.endsWith('?');
    const v = value[key];
    if (v === undefined) return optional;
    return kindOf(v) === kind.replace('?', '');
  });
}

function isSource(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  if (value.kind === 'spec') return typeof value.specHash === 'string';
  return (
    value.kind === 'version' &&
    typeof value.pipelineId === 'string' &&
    typeof value.pipelineVersionId === 'string'
  );
}

function isStorageState(value: unknown): boolean {
  return value === 'AVAILABLE' || value === 'ARCHIVED';
}

export function isPipelineRecord(value: unknown): value is PipelineRecord {
  return hasShape(value, {
    id: 'string',
    name: 'string',
    displayName: 'string',
    description: 'string',
    namespace: 'string',
    createdAtMs: 'number',
    tags: 'object',
  });
}

export function isVersionRecord(value: unknown): value is VersionRecord {
  return hasShape(value, {
    id: 'string',
    pipelineId: 'string',
    name: 'string',
    displayName: 'string',
    description: 'string',
    createdAtMs: 'number',
    codeSourceUrl: 'string',
    packageUrl: 'string',
    tags: 'object',
    specHash: 'string',
    template: 'string',
  });
}

export function isExperimentRecord(value: unknown): value is ExperimentRecord {
  return (
    hasShape(value, {
      id: 'string',
      displayName: 'string',
      description: 'string',
      namespace: 'string',
      createdAtMs: 'number',
      lastRunCreatedAtMs: 'number?',
    }) && isStorageState(value.storageState)
  );
}

/** Fields runs and recurring runs share. */
const runShape: Shape = {
  id: 'string',
  displayName: 'string',
  description: 'string',
  experimentId: 'string',
  namespace: 'string',
  parameters: 'object',
  pipelineRoot: 'string',
  serviceAccount: 'string',
  createdAtMs: 'number',
};

export function isRunRecord(value: unknown): value is RunRecord {
  return (
    hasShape(value, {
      ...runShape,
      recurringRunId: 'string',
      events: 'array',
      cache: 'object?',
    }) &&
    isStorageState(value.storageState) &&
    isSource(value.source)
  );
}

export function isRecurringRunRecord(value: unknown): value is RecurringRunRecord {
  return (
    hasShape(value, {
      ...runShape,
      maxConcurrency: 'string',
      trigger: 'object?',
      enabled: 'boolean',
      noCatchup: 'boolean',
      updatedAtMs: 'number',
      lastTriggeredAtMs: 'number?',
    }) && isSource(value.source)
  );
}

export function isSpecRecord(value: unknown): value is SpecRecord {
  return hasShape(value, { id: 'string', spec: 'object' });
}
