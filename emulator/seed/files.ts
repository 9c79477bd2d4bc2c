import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { pyJson } from './build/py-json.ts';
import { isJsonObject } from '../lib/json.ts';

/**
 * The seed's pipeline files, by name (`data-handling` → emulator/seed/pipelines/data-handling.yaml).
 * The tutorial's pipelines are compiled by the real SDKs from sdk/kfp1 (kfp 1.8) and sdk/kfp2
 * (kfp 2.x, the `-v2` files): `npx tsx scripts/sdk/python-env.ts compile`.
 */
export type PipelineFileName =
  | 'data-handling'
  | 'data-visualization'
  | 'yolo-object-detection'
  | 'recursion-conditions-and-exit-handlers'
  | 'data-handling-v2'
  | 'data-visualization-v2'
  | 'yolo-object-detection-v2'
  | 'next-prime-v2'
  | 'training-with-metrics'
  | 'data-quality-report'
  | 'large-dataset-export';

export function pipelineFile(name: PipelineFileName): string {
  return readFileSync(new URL(`./pipelines/${name}.yaml`, import.meta.url), 'utf8');
}

type Json = Record<string, unknown>;
const child = (v: unknown, key: string): Json =>
  isJsonObject(v) && isJsonObject(v[key]) ? v[key] : {};

/**
 * The data-handling pipeline recompiled after a change (what the tutorial uploads with
 * upload_pipeline_version): `b` defaults to 2.5.
 */
export function dataHandlingVersion2(): string {
  const doc: unknown = parse(pipelineFile('data-handling'));
  const annotations = child(child(doc, 'metadata'), 'annotations');
  annotations['pipelines.kubeflow.org/pipeline_compilation_time'] = '2026-02-17T10:21:54.904311';
  const specText = annotations['pipelines.kubeflow.org/pipeline_spec'];
  const spec: unknown = typeof specText === 'string' ? JSON.parse(specText) : {};
  if (isJsonObject(spec)) {
    spec.description =
      'Multiplies two numbers (b now defaults to 2.5) and passes the result through a text file.';
    const inputs = Array.isArray(spec.inputs) ? spec.inputs : [];
    for (const input of inputs)
      if (isJsonObject(input) && input.name === 'b') input.default = '2.5';
    annotations['pipelines.kubeflow.org/pipeline_spec'] = pyJson(spec);
  }
  const parameters = child(child(doc, 'spec'), 'arguments').parameters;
  for (const p of Array.isArray(parameters) ? parameters : [])
    if (isJsonObject(p) && p.name === 'b') p.value = '2.5';
  return stringify(doc, {
    version: '1.1',
    lineWidth: 100,
    blockQuote: 'literal',
    aliasDuplicateObjects: false,
  });
}
