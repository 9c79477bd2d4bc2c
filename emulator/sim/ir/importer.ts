import { jsonToText, objectField, stringField } from '../json.ts';
import type { PlanNode } from '../plan.ts';
import { int64From, uuidFrom } from '../random.ts';
import { delay } from '../walk-context.ts';
import type { IrContext } from './context.ts';
import type { ResolvedInputs } from './inputs.ts';
import { driverPod } from './pods.ts';
import type { IrComponent } from './spec.ts';
import { record, setOutputs } from './task-outputs.ts';
import type { ArtifactRef, Sibling, V2Info } from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

/** An importer task: the driver registers an existing URI as an artifact; no executor pod. */
export function runImporter(
  ctx: IrContext,
  component: IrComponent,
  importer: JsonValue,
  inputs: ResolvedInputs,
  node: PlanNode<V2Info>,
  start: number,
  iteration: number | undefined,
): Sibling {
  const end = start + delay(ctx, 2000, node.key, 'importer');
  driverPod(ctx, node, start, end);
  ctx.plan.mark(node, Math.min(end, start + delay(ctx, 400, node.key, 'importer-run')), 'running');
  const parameter = stringField(importer, 'artifactUri', 'runtimeParameter');
  const uri =
    stringField(importer, 'artifactUri', 'constant') ??
    jsonToText(parameter === undefined ? null : (inputs.params[parameter] ?? null));
  const outputName = Object.keys(component.outputArtifacts)[0] ?? 'artifact';
  const ref: ArtifactRef = {
    id: uuidFrom(ctx.runId, node.key, ctx.runAttempt, 'import'),
    numericId: int64From(ctx.runId, node.key, ctx.runAttempt, 'import'),
    name: outputName,
    schemaTitle: stringField(importer, 'typeSchema', 'schemaTitle') ?? 'system.Artifact',
    uri,
    metadata: objectField(importer, 'metadata') ?? {},
    createdAt: end,
  };
  setOutputs(node, {}, { [outputName]: [ref] }, iteration);
  return record(ctx, node, 'succeeded', end);
}
