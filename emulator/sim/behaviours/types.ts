import type { ExtraObject, TaskExecution } from '../types.ts';
import type { Random } from './random.ts';
import type { TaskInputs } from './task-io.ts';
import type { JsonValue } from '../../lib/json.ts';

/** An output value with its Python type, so it can be serialised the way kfp 1.x (str) or 2.x (JSON) does. */
export type OutputValue =
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'json'; readonly value: JsonValue };

export const float = (value: number): OutputValue => ({ type: 'float', value });
export const int = (value: number): OutputValue => ({ type: 'int', value: Math.trunc(value) });
export const bool = (value: boolean): OutputValue => ({ type: 'bool', value });
export const str = (value: string): OutputValue => ({ type: 'str', value });
export const json = (value: JsonValue): OutputValue => ({ type: 'json', value });

/** One frame of a Python traceback. Without `file`, the frame is in the component's own program. */
export interface PythonFrame {
  readonly file?: string;
  readonly line: number;
  readonly fn: string;
  readonly code: string;
}

export interface PythonFailure {
  readonly exception: string;
  readonly message: string;
  /** The frames below the component function's own call, innermost last. */
  readonly frames: readonly PythonFrame[];
}

export interface ComponentContext {
  readonly task: TaskExecution;
  readonly rng: Random;
  readonly inputs: TaskInputs;
  /** Python logging's asctime (`2026-03-04 10:00:03,120`) at `offsetMs` into the component's own work. */
  readonly timestamp: (offsetMs: number) => string;
}

export interface ComponentOutcome {
  /** Output parameters by their Python name (`value`, `Output`, …). */
  readonly outputs?: Readonly<Record<string, OutputValue>>;
  /** Output files by their Python name (`text`, `mlpipeline_ui_metadata`, …). */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** What the function printed, line by line. */
  readonly stdout: readonly string[];
  /** How long the function itself ran. */
  readonly workMs: number;
  readonly extraObjects?: readonly ExtraObject[];
  /** A failure the inputs themselves cause (e.g. a missing input file). */
  readonly failure?: PythonFailure;
}

export interface ComponentDefinition {
  /** Normalised component names this definition answers to (`multiply`, `check-if-prime`). */
  readonly names: readonly string[];
  /** The Python function (shown in tracebacks). */
  readonly functionName: string;
  /** packages_to_install of the component. */
  readonly packages: readonly string[];
  /** The line in the component's program where the function body fails (for tracebacks). */
  readonly failureLine: number;
  run(context: ComponentContext): ComponentOutcome;
  /** What this component raises when failure injection makes it fail. */
  injectedFailure(context: ComponentContext): PythonFailure;
}
