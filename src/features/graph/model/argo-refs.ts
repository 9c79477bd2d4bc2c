/** Reading task references out of Argo strings: `depends` expressions and `{{tasks.X.outputs…}}` templates. */

export interface DependsRef {
  readonly task: string;
  /** `Succeeded`, `Failed`, `AnySucceeded`… when the expression asks for one. */
  readonly result?: string;
}

const DEPENDS_TOKEN =
  /(?<![\w.-])([A-Za-z0-9_][\w-]*)(?:\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed))?/g;

/** The tasks an Argo `depends` expression names (`A && (B.Failed || C)`), in order, without repeats. */
export function parseDepends(expression: string): DependsRef[] {
  const refs: DependsRef[] = [];
  for (const match of expression.matchAll(DEPENDS_TOKEN)) {
    const task = match[1];
    if (task === undefined) continue;
    const result = match[2];
    if (refs.some((ref) => ref.task === task && ref.result === result)) continue;
    refs.push(result === undefined ? { task } : { task, result });
  }
  return refs;
}

export interface OutputRef {
  readonly scope: 'tasks' | 'steps';
  readonly task: string;
  /** The output's name with the KFP `<task>-` prefix dropped; `result` for `outputs.result`. */
  readonly output: string;
}

const OUTPUT_REF =
  /\b(tasks|steps)\.([\w-]+)\.outputs\.(?:(?:parameters|artifacts)\.([\w-]+)|(result))/g;

/** Every `tasks.X.outputs.parameters.Y` (or `steps.…`, `artifacts`, `result`) in a string. */
export function outputRefs(text: string): OutputRef[] {
  const refs: OutputRef[] = [];
  for (const match of text.matchAll(OUTPUT_REF)) {
    const scope = match[1] === 'steps' ? 'steps' : 'tasks';
    const task = match[2];
    const name = match[3] ?? match[4];
    if (task === undefined || name === undefined) continue;
    const output =
      name.startsWith(`${task}-`) && name.length > task.length + 1
        ? name.slice(task.length + 1)
        : name;
    refs.push({ scope, task, output });
  }
  return refs;
}
