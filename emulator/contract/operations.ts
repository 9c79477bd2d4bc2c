import type { SpecFile } from './spec-files.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** One operation of one Swagger file, e.g. GET /apis/v2beta1/runs/{run_id}. */
export interface Operation {
  readonly file: SpecFile;
  readonly method: string;
  readonly template: string;
  readonly responses: JsonObject;
}

const placeholder = /\{[^}]+\}/g;

function templatePattern(template: string): RegExp {
  const literals = template
    .split(placeholder)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literals.join('[^/]+')}$`);
}

/** More literal characters = more specific (`/runs/{id}:archive` beats `/runs/{id}`). */
function specificity(template: string): number {
  return template.replace(placeholder, '').length;
}

/** The path part of a concrete request path (`/apis/v2beta1/runs/abc?view=FULL` → `/apis/v2beta1/runs/abc`). */
export function pathOnly(path: string): string {
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/** The best-matching operation of one file for a concrete path, if the file describes it. */
export function findOperation(
  file: SpecFile,
  method: string,
  concretePath: string,
): Operation | undefined {
  const verb = method.toLowerCase();
  const path = pathOnly(concretePath);
  let best: Operation | undefined;
  for (const [template, item] of Object.entries(file.paths)) {
    if (!isJsonObject(item)) continue;
    const operation = item[verb];
    if (!isJsonObject(operation) || !isJsonObject(operation.responses)) continue;
    if (!templatePattern(template).test(path)) continue;
    if (best && specificity(best.template) >= specificity(template)) continue;
    best = { file, method: verb, template, responses: operation.responses };
  }
  return best;
}
