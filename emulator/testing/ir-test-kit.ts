import { asString, field, stringField } from '../sim/json.ts';
import { list } from './sim-test-kit.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';

/** Builders of small KFP v2 IR specs and readers of their run tasks, for the IR engine tests. */

/** Builds a small KFP v2 IR spec: components are container components with the given outputs. */
export function ir(
  tasks: Record<string, JsonObject>,
  components: Record<string, JsonObject>,
  rootInputs: JsonObject = {},
): JsonObject {
  const executors: JsonObject = {};
  for (const [name, c] of Object.entries(components)) {
    const label = stringField(c, 'executorLabel');
    if (label)
      executors[label] = {
        container: { image: 'python:3.11', command: ['python', '-c'], args: [`print("${name}")`] },
      };
  }
  return {
    pipelineInfo: { name: 'test-pipeline' },
    schemaVersion: '2.1.0',
    components,
    deploymentSpec: { executors },
    root: { dag: { tasks }, inputDefinitions: { parameters: rootInputs } },
  };
}

export function comp(
  name: string,
  outputs: Record<string, string> = {},
  artifacts: Record<string, string> = {},
): JsonObject {
  const parameters: JsonObject = {};
  for (const [k, v] of Object.entries(outputs)) parameters[k] = { parameterType: v };
  const outArtifacts: JsonObject = {};
  for (const [k, v] of Object.entries(artifacts))
    outArtifacts[k] = { artifactType: { schemaTitle: v, schemaVersion: '0.0.1' } };
  return {
    executorLabel: `exec-${name}`,
    outputDefinitions: { parameters, artifacts: outArtifacts },
  };
}

export function task(name: string, component: string, extra: JsonObject = {}): JsonObject {
  return { taskInfo: { name }, componentRef: { name: component }, ...extra };
}

export const fromTask = (producerTask: string, outputParameterKey = 'Output'): JsonObject => ({
  taskOutputParameter: { producerTask, outputParameterKey },
});

export function times(t: JsonObject): { start: number; end: number } {
  return {
    start: Date.parse(asString(t.create_time) ?? ''),
    end: Date.parse(asString(t.end_time) ?? ''),
  };
}

export function paramValue(
  t: JsonObject | undefined,
  side: 'inputs' | 'outputs',
  key: string,
): JsonValue | undefined {
  const found = list(field(t, side, 'parameters')).find(
    (p) => stringField(p, 'parameter_key') === key,
  );
  return field(found, 'value');
}
