import { alignByKey, cellsDiffer } from './align.ts';

export interface CompareParameter {
  readonly name: string;
  /** The value as text (v2 values JSON-encoded when they are not strings, numbers or booleans). */
  readonly value: string;
  /** The pipeline's declared default: the run did not set it (KFP then runs with the default). */
  readonly fromDefault?: boolean;
}

/** A parameter the pipeline declares, with its default as text when it has one. */
export interface DeclaredParameter {
  readonly name: string;
  readonly defaultValue: string | undefined;
}

/**
 * The run's parameters completed with the defaults of the ones it did not set, in the pipeline's
 * declaration order, then those the pipeline does not declare (e.g. the simulator's `fail_task`).
 */
export function withDefaults(
  explicit: readonly CompareParameter[],
  declared: readonly DeclaredParameter[],
): CompareParameter[] {
  const given = new Map(explicit.map((parameter) => [parameter.name, parameter]));
  const fromSpec = declared.flatMap((field): CompareParameter[] => {
    const set = given.get(field.name);
    if (set !== undefined) return [set];
    return field.defaultValue === undefined
      ? []
      : [{ name: field.name, value: field.defaultValue, fromDefault: true }];
  });
  const names = new Set(declared.map((field) => field.name));
  return [...fromSpec, ...explicit.filter((parameter) => !names.has(parameter.name))];
}

export interface ParameterRow {
  readonly name: string;
  /** One value per run, in the runs' order; undefined where the run has no such parameter. */
  readonly values: readonly (string | undefined)[];
  /** Per run: whether the value is the pipeline's default rather than set by the run. */
  readonly defaults: readonly boolean[];
  /** True when not every run has the same value (a missing parameter counts as different). */
  readonly differs: boolean;
}

/** The parameters of several runs as rows with runs as columns, in the order they first appear. */
export function diffParameters(runs: readonly (readonly CompareParameter[])[]): ParameterRow[] {
  return alignByKey(runs, (parameter) => parameter.name).map(({ key, cells }) => ({
    name: key,
    values: cells.map((cell) => cell?.value),
    defaults: cells.map((cell) => cell?.fromDefault === true),
    differs: cellsDiffer(cells, (a, b) => a.value === b.value),
  }));
}

/** The rows to show: all of them, or only those that differ. */
export function visibleParameterRows(
  rows: readonly ParameterRow[],
  onlyDifferences: boolean,
): readonly ParameterRow[] {
  return onlyDifferences ? rows.filter((row) => row.differs) : rows;
}
