import { describe, expect, it } from 'vitest';
import { v1DeclaredInputs } from './v1-parameter-types.ts';

function workflow(annotation: unknown) {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      annotations: {
        'pipelines.kubeflow.org/pipeline_spec':
          typeof annotation === 'string' ? annotation : JSON.stringify(annotation),
      },
    },
  };
}

describe('v1DeclaredInputs', () => {
  it('maps the kfp 1.x SDK type names, any case, and keeps the declared name', () => {
    const inputs = v1DeclaredInputs(
      workflow({
        inputs: [
          { name: 'a', type: 'Float', default: '3', optional: true },
          { name: 'n', type: 'Integer', description: 'How many' },
          { name: 'flag', type: 'Bool' },
          { name: 'flag2', type: 'boolean' },
          { name: 'j', type: 'JSON' },
          { name: 'j2', type: 'Json' },
          { name: 'l', type: 'JsonArray' },
          { name: 'd', type: 'Dict' },
          { name: 's', type: 'String' },
          { name: 'g', type: 'GCSPath' },
          { name: 'u' },
        ],
      }),
    );
    expect(
      [...inputs].map(([name, input]) => [name, input.type, input.typeName, input.optional]),
    ).toEqual([
      ['a', 'NUMBER_DOUBLE', 'Float', true],
      ['n', 'NUMBER_INTEGER', 'Integer', false],
      ['flag', 'BOOLEAN', 'Bool', false],
      ['flag2', 'BOOLEAN', 'boolean', false],
      ['j', 'JSON', 'JSON', false],
      ['j2', 'JSON', 'Json', false],
      ['l', 'LIST', 'JsonArray', false],
      ['d', 'STRUCT', 'Dict', false],
      ['s', 'STRING', 'String', false],
      ['g', 'STRING', 'GCSPath', false],
      ['u', 'STRING', '', false],
    ]);
    expect(inputs.get('n')?.description).toBe('How many');
  });

  it('reads kfp.dsl.types classes, serialized as {"Integer": {"openapi_schema_validator": …}}', () => {
    const inputs = v1DeclaredInputs(
      workflow({
        inputs: [
          { name: 'n', type: { Integer: { openapi_schema_validator: { type: 'integer' } } } },
        ],
      }),
    );
    expect(inputs.get('n')).toMatchObject({ type: 'NUMBER_INTEGER', typeName: 'Integer' });
  });

  it('finds an input under its sanitized Argo parameter name too', () => {
    const inputs = v1DeclaredInputs(
      workflow({ inputs: [{ name: 'learning rate!', type: 'Float' }] }),
    );
    expect(inputs.get('learning-rate')?.type).toBe('NUMBER_DOUBLE');
    expect(inputs.get('learning rate!')?.type).toBe('NUMBER_DOUBLE');
  });

  it('is empty without a readable annotation', () => {
    expect(v1DeclaredInputs({ kind: 'Workflow' }).size).toBe(0);
    expect(v1DeclaredInputs(workflow('{not json')).size).toBe(0);
    expect(v1DeclaredInputs(workflow({ inputs: 'x' })).size).toBe(0);
  });
});
