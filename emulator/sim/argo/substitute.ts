import { jsonToText } from '../json.ts';
import { isJsonObject, type JsonValue } from '../../lib/json.ts';

/** Outputs of a finished Argo node, for `{{tasks.x.outputs…}}` / `{{steps.x.outputs…}}`. */
export interface ArgoOutputs {
  readonly parameters: Readonly<Record<string, string>>;
  /** Output artifacts: object key in the `mlpipeline` bucket and the raw (untarred) bytes. */
  readonly artifacts: Readonly<
    Record<string, { readonly key: string; readonly bytes: Uint8Array }>
  >;
}

export const noArgoOutputs: ArgoOutputs = { parameters: {}, artifacts: {} };

export interface VarScope {
  readonly inputs: Readonly<Record<string, string>>;
  /** Finished sibling tasks (DAG) or steps. */
  readonly siblings: ReadonlyMap<string, ArgoOutputs>;
  readonly workflow: Readonly<Record<string, string>>;
  readonly globals: Readonly<Record<string, string>>;
  readonly item?: JsonValue;
}

/** How Argo prints a loop item in a node name: `a:1,b:2` for maps. */
export function itemLabel(item: JsonValue): string {
  if (isJsonObject(item)) {
    return Object.keys(item)
      .sort()
      .map((k) => `${k}:${jsonToText(item[k])}`)
      .join(',');
  }
  return jsonToText(item);
}

function resolve(expr: string, scope: VarScope): string | undefined {
  const parts = expr.split('.');
  const [head, second, third, fourth] = parts;
  if (head === 'inputs' && second === 'parameters') return scope.inputs[parts.slice(2).join('.')];
  if ((head === 'tasks' || head === 'steps') && second !== undefined && third === 'outputs') {
    const outputs = scope.siblings.get(second);
    if (!outputs) return undefined;
    if (fourth === 'parameters') return outputs.parameters[parts.slice(4).join('.')];
    if (fourth === 'result') return outputs.parameters.result;
    return undefined;
  }
  if (head === 'workflow') {
    if (second === 'parameters') return scope.globals[parts.slice(2).join('.')];
    return second === undefined ? undefined : scope.workflow[parts.slice(1).join('.')];
  }
  if (head === 'item' && scope.item !== undefined) {
    if (second === undefined) return jsonToText(scope.item);
    let value: JsonValue | undefined = scope.item;
    for (const key of parts.slice(1)) value = isJsonObject(value) ? value[key] : undefined;
    return value === undefined ? undefined : jsonToText(value);
  }
  return undefined;
}

/** Replaces `{{…}}` references Argo knows; unknown ones stay as they are. */
export function substitute(text: string, scope: VarScope): string {
  return text.replace(
    /\{\{\s*([^{}]+?)\s*\}\}/g,
    (whole, expr: string) => resolve(expr, scope) ?? whole,
  );
}

/** The artifact a `from: "{{tasks.x.outputs.artifacts.y}}"` refers to. */
export function artifactFrom(
  from: string,
  scope: VarScope,
): { readonly key: string; readonly bytes: Uint8Array } | undefined {
  const match = /^\{\{\s*(tasks|steps)\.([^.]+)\.outputs\.artifacts\.([^}\s]+)\s*\}\}$/.exec(
    from.trim(),
  );
  if (!match) return undefined;
  return scope.siblings.get(match[2] ?? '')?.artifacts[match[3] ?? ''];
}

/** Tasks a string refers to through `{{tasks.X.…}}`. */
export function referencedTasks(text: string): string[] {
  return [...text.matchAll(/\{\{\s*tasks\.([^.}\s]+)\./g)].flatMap((m) => (m[1] ? [m[1]] : []));
}
