import type { IoSpec } from './graph-model.ts';
import {
  recordAt,
  recordEntries,
  scalarAt,
  stringAt,
  valueText,
  booleanAt,
  type UnknownRecord,
} from './unknown-reader.ts';

const CHANNEL_PREFIX = 'pipelinechannel--';

/** The part of an input name a user wrote: `pipelinechannel--flip-coin-Output` → `flip-coin-Output`. */
export function channelName(name: string): string {
  return name.startsWith(CHANNEL_PREFIX) ? name.slice(CHANNEL_PREFIX.length) : name;
}

/** What a v2 task input binding feeds in, as text. */
export function bindingText(binding: UnknownRecord): string | undefined {
  const runtime = recordAt(binding, 'runtimeValue');
  if (runtime) {
    if ('constant' in runtime) return valueText(runtime.constant);
    const legacy = recordAt(runtime, 'constantValue');
    if (legacy) return valueText(Object.values(legacy)[0]);
  }
  const fromInput =
    stringAt(binding, 'componentInputParameter') ?? stringAt(binding, 'componentInputArtifact');
  if (fromInput !== undefined) return `input ${channelName(fromInput)}`;
  const producer =
    stringAt(binding, 'taskOutputParameter', 'producerTask') ??
    stringAt(binding, 'taskOutputArtifact', 'producerTask');
  const key =
    stringAt(binding, 'taskOutputParameter', 'outputParameterKey') ??
    stringAt(binding, 'taskOutputArtifact', 'outputArtifactKey');
  if (producer !== undefined) return `${producer}.${key ?? 'output'}`;
  const finalStatus = stringAt(binding, 'taskFinalStatus', 'producerTask');
  if (finalStatus !== undefined) return `${finalStatus} final status`;
  const expression = stringAt(binding, 'parameterExpressionSelector');
  if (expression !== undefined) return expression;
  return undefined;
}

/** A data dependency carried by one input binding: the sibling task and what it produces. */
export interface DataRef {
  readonly producer: string;
  readonly label: string;
  /** Artifact refs: the producer's output key and the input it feeds (without the `pipelinechannel--` prefix). */
  readonly artifact?: { readonly outputKey: string; readonly inputName: string };
}

export function dataRefs(task: UnknownRecord): DataRef[] {
  const refs: DataRef[] = [];
  const collect = (
    kind: 'parameters' | 'artifacts',
    ref: 'taskOutputParameter' | 'taskOutputArtifact',
    keyField: string,
  ): void => {
    for (const [inputName, binding] of recordEntries(recordAt(task, 'inputs', kind))) {
      const producer = stringAt(binding, ref, 'producerTask');
      if (producer === undefined) continue;
      const outputKey = stringAt(binding, ref, keyField) ?? 'output';
      const input = channelName(inputName);
      // A DAG's output collected from a loop (`dsl.Collected`) is keyed by its channel name,
      // `pipelinechannel--prime-or-zero-Output`: the label shows the part the user wrote.
      const shown = channelName(outputKey);
      const label = input === shown || input.endsWith(`-${shown}`) ? shown : `${shown} → ${input}`;
      refs.push(
        kind === 'artifacts'
          ? { producer, label, artifact: { outputKey, inputName: input } }
          : { producer, label },
      );
    }
  };
  collect('parameters', 'taskOutputParameter', 'outputParameterKey');
  collect('artifacts', 'taskOutputArtifact', 'outputArtifactKey');
  for (const [, binding] of recordEntries(recordAt(task, 'inputs', 'parameters'))) {
    const producer = stringAt(binding, 'taskFinalStatus', 'producerTask');
    if (producer !== undefined) refs.push({ producer, label: 'final status' });
  }
  return refs;
}

/** Input or output definitions of a component (`inputDefinitions` / `outputDefinitions`). */
export function ioDefinitions(
  definitions: UnknownRecord | undefined,
  bindings?: UnknownRecord,
): IoSpec[] {
  const specs: IoSpec[] = [];
  for (const [name, definition] of recordEntries(recordAt(definitions, 'parameters'))) {
    const binding = recordAt(bindings, 'parameters', name);
    specs.push({
      name,
      kind: 'parameter',
      type: stringAt(definition, 'parameterType') ?? stringAt(definition, 'type'),
      defaultValue: valueText(definition.defaultValue),
      optional: booleanAt(definition, 'isOptional'),
      description: stringAt(definition, 'description'),
      value: binding ? bindingText(binding) : undefined,
    });
  }
  for (const [name, definition] of recordEntries(recordAt(definitions, 'artifacts'))) {
    const binding = recordAt(bindings, 'artifacts', name);
    specs.push({
      name,
      kind: 'artifact',
      type:
        scalarAt(definition, 'artifactType', 'schemaTitle') ??
        scalarAt(definition, 'artifactType', 'instanceSchema'),
      optional: booleanAt(definition, 'isOptional'),
      description: stringAt(definition, 'description'),
      isList: booleanAt(definition, 'isArtifactList'),
      value: binding ? bindingText(binding) : undefined,
    });
  }
  return specs;
}
