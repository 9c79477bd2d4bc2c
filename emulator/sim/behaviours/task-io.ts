import type { OutputSpec, TaskExecution } from '../types.ts';
import type { JsonValue } from '../../lib/json.ts';

/** Lower case, `_` and spaces as `-`: how kfp turns Python names into template and parameter names. */
export const normaliseName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * kfp 1 strips `_path` / `_file` from `InputPath` / `OutputPath` parameter names (`text_path` →
 * `text`); kfp 2 keeps them (`text_path`). Names are compared without that suffix.
 */
const withoutPathSuffix = (name: string): string => name.replace(/-(path|file)$/, '');

/** A key answers to `name` when it is the name, or ends with `-name` (v1 prefixes outputs with the task name). */
function matches(key: string, name: string): boolean {
  const k = normaliseName(key);
  const n = normaliseName(name);
  if (k === n || k.endsWith(`-${n}`)) return true;
  const bareKey = withoutPathSuffix(k);
  const bareName = withoutPathSuffix(n);
  return bareKey === bareName || bareKey.endsWith(`-${bareName}`);
}

/** The entry whose key answers to `name`; an exact match wins over a suffix match. */
export function lookup<T>(
  record: Readonly<Record<string, T>> | undefined,
  name: string,
): T | undefined {
  if (!record) return undefined;
  const exact = Object.entries(record).find(([key]) => normaliseName(key) === normaliseName(name));
  if (exact) return exact[1];
  return Object.entries(record).find(([key]) => matches(key, name))?.[1];
}

function toNumber(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

function toText(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface TaskInputs {
  number(name: string): number | undefined;
  /** The first input that reads as a number (components with one numeric input). */
  firstNumber(): number | undefined;
  text(name: string): string | undefined;
  /** An input file's text: the input artifact, else a parameter of that name (values passed inline). */
  file(name: string): string | undefined;
  /** An input file's bytes (input artifacts only). */
  bytes(name: string): Uint8Array | undefined;
}

/**
 * Values a kfp 1.x container gets as `--name value` arguments (constants are inlined there, not
 * passed as template inputs). Paths of input and output files are not values.
 */
export function argumentValues(command: readonly string[] | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  if (!command) return values;
  for (let i = 0; i < command.length - 1; i++) {
    const flag = command[i] ?? '';
    const value = command[i + 1] ?? '';
    if (
      !/^--[a-zA-Z][\w-]*$/.test(flag) ||
      value.startsWith('--') ||
      /^\/tmp\/(inputs|outputs)\//.test(value) ||
      value.includes('{{')
    )
      continue;
    values[flag.slice(2)] = value;
    i++;
  }
  return values;
}

export function taskInputs(task: TaskExecution): TaskInputs {
  const decoder = new TextDecoder();
  const values: Record<string, JsonValue> = { ...argumentValues(task.command), ...task.inputs };
  return {
    number: (name) => toNumber(lookup(values, name)),
    firstNumber: () =>
      Object.values(task.inputs)
        .map(toNumber)
        .find((n) => n !== undefined),
    text: (name) => toText(lookup(values, name)),
    file(name) {
      const artifact = lookup(task.inputArtifacts, name);
      if (artifact) return decoder.decode(artifact);
      return toText(lookup(values, name));
    },
    bytes: (name) => lookup(task.inputArtifacts, name),
  };
}

/**
 * Assigns produced values to the declared outputs: each spec takes the produced value whose name it
 * answers to (the longest such name wins, so `mlpipeline-ui-metadata` beats `metadata`). Specs nothing
 * answers to are left for the caller. Without specs, everything produced is returned under its own name.
 */
export function assignOutputs<T>(
  specs: readonly OutputSpec[],
  produced: Readonly<Record<string, T>>,
): { assigned: Record<string, T>; unmatched: OutputSpec[] } {
  if (specs.length === 0) return { assigned: { ...produced }, unmatched: [] };
  const assigned: Record<string, T> = {};
  const unmatched: OutputSpec[] = [];
  const names = Object.keys(produced).sort((a, b) => b.length - a.length);
  for (const spec of specs) {
    const name = names.find((n) => matches(spec.name, n));
    const value = name === undefined ? undefined : produced[name];
    if (value === undefined) unmatched.push(spec);
    else assigned[spec.name] = value;
  }
  return { assigned, unmatched };
}
