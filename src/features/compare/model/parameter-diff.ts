import { alignByKey, cellsDiffer } from './align.ts';

export interface CompareParameter {
  readonly name: string;
  /** The value as text (v2 values JSON-encoded when they are not strings, numbers or booleans). */
  readonly value: string;
}

export interface ParameterRow {
  readonly name: string;
  /** One value per run, in the runs' order; undefined where the run has no such parameter. */
  readonly values: readonly (string | undefined)[];
  /** True when not every run has the same value (a missing parameter counts as different). */
  readonly differs: boolean;
}

/** The parameters of several runs as rows with runs as columns, in the order they first appear. */
export function diffParameters(runs: readonly (readonly CompareParameter[])[]): ParameterRow[] {
  return alignByKey(runs, (parameter) => parameter.name).map(({ key, cells }) => ({
    name: key,
    values: cells.map((cell) => cell?.value),
    differs: cellsDiffer(cells, (a, b) => a.value === b.value),
  }));
}

/** The rows to show: all of them, or only those that differ. */
export function visibleParameterRows(rows: readonly ParameterRow[], onlyDifferences: boolean): readonly ParameterRow[] {
  return onlyDifferences ? rows.filter((row) => row.differs) : rows;
}
