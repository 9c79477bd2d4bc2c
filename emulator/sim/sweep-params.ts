import { isArgoWorkflow } from './sim-engine.ts';
import { unwrapIr } from './ir/spec.ts';
import { arrayField, entries, field, stringField } from './json.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';

function sample(parameterType: string | undefined): JsonValue {
  switch (parameterType) {
    case 'NUMBER_INTEGER':
      return 3;
    case 'NUMBER_DOUBLE':
      return 0.5;
    case 'BOOLEAN':
      return true;
    case 'LIST':
      return [1, 2, 3];
    case 'STRUCT':
      return { a: 1 };
    default:
      return 'sample';
  }
}

/** Values for the parameters a spec requires but does not default (for test sweeps and demos). */
export function requiredParameters(spec: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (isArgoWorkflow(spec)) {
    for (const p of arrayField(spec, 'spec', 'arguments', 'parameters')) {
      const name = stringField(p, 'name');
      if (name !== undefined && field(p, 'value') === undefined)
        out[name] = name.includes('path') ? 'gs://bucket/path' : 'sample text';
    }
    return out;
  }
  const ir = unwrapIr(spec);
  for (const [name, definition] of entries(field(ir, 'root', 'inputDefinitions', 'parameters'))) {
    if (field(definition, 'defaultValue') === undefined && field(definition, 'isOptional') !== true)
      out[name] = sample(stringField(definition, 'parameterType'));
  }
  return out;
}
