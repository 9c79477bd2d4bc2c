import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import dataHandling from '../../../../emulator/seed/pipelines/data-handling.yaml?raw';
import yolo from '../../../../emulator/seed/pipelines/yolo-object-detection.yaml?raw';
import { parametersFromSpec, pipelineKindOf } from './run-parameters.ts';

const v2 = {
  pipelineInfo: { name: 'p' },
  root: {
    inputDefinitions: {
      parameters: {
        epochs: {
          parameterType: 'NUMBER_INTEGER',
          defaultValue: 20,
          isOptional: true,
          description: 'Training epochs',
        },
        rate: { parameterType: 'NUMBER_DOUBLE' },
        flag: { parameterType: 'BOOLEAN', defaultValue: false },
        mode: { parameterType: 'STRING', literals: ['fast', 'slow'] },
        items: { parameterType: 'LIST', isOptional: true },
        config: { parameterType: 'STRUCT', defaultValue: { a: 1 } },
        status: { parameterType: 'TASK_FINAL_STATUS' },
      },
    },
  },
};

const argo = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  spec: {
    arguments: {
      parameters: [
        { name: 'a', value: '3' },
        { name: 'b' },
        { name: 'c', value: 7 },
        { value: 'nameless' },
      ],
    },
  },
};

describe('parametersFromSpec', () => {
  it('reads v2 typed inputs with defaults, optional marks, descriptions and literals, skipping runtime-only types', () => {
    const result = parametersFromSpec(v2);
    expect(result.ok && result.kind).toBe('v2');
    if (!result.ok) return;
    expect(result.fields.map((f) => f.name)).toEqual([
      'epochs',
      'rate',
      'flag',
      'mode',
      'items',
      'config',
    ]);
    const [epochs, rate, flag, mode, items] = result.fields;
    expect(epochs).toMatchObject({
      type: 'NUMBER_INTEGER',
      defaultValue: 20,
      hasDefault: true,
      optional: true,
      description: 'Training epochs',
      flavor: 'v2',
    });
    expect(rate).toMatchObject({ type: 'NUMBER_DOUBLE', hasDefault: false, optional: false });
    // A default makes a parameter optional even without isOptional.
    expect(flag).toMatchObject({
      type: 'BOOLEAN',
      defaultValue: false,
      hasDefault: true,
      optional: true,
    });
    expect(mode?.literals).toEqual(['fast', 'slow']);
    expect(items).toMatchObject({ optional: true, hasDefault: false });
  });

  it('reads v1 Argo arguments as strings (numbers stay strings)', () => {
    const result = parametersFromSpec(argo);
    expect(result.ok && result.kind).toBe('v1');
    if (!result.ok) return;
    expect(
      result.fields.map((f) => [f.name, f.type, f.defaultValue, f.hasDefault, f.flavor]),
    ).toEqual([
      ['a', 'STRING', '3', true, 'v1'],
      ['b', 'STRING', undefined, false, 'v1'],
      ['c', 'STRING', '7', true, 'v1'],
    ]);
  });

  it("types v1 parameters from the kfp 1.x SDK's pipeline_spec annotation (the tutorial's pipelines)", () => {
    const fields = (file: string) => {
      const result = parametersFromSpec(parse(file));
      if (!result.ok) throw new Error(result.error);
      return result.fields.map((f) => [f.name, f.type, f.typeName, f.defaultValue, f.optional]);
    };
    expect(fields(dataHandling)).toEqual([
      ['a', 'NUMBER_DOUBLE', 'Float', '3', true],
      ['b', 'NUMBER_DOUBLE', 'Float', '4', true],
    ]);
    expect(fields(yolo)).toEqual([
      [
        'data',
        'STRING',
        'String',
        '/usr/share/example-pipeline-volume/datasets/traffic.yaml',
        true,
      ],
      ['epochs', 'NUMBER_INTEGER', 'Integer', '10', true],
      ['imgsz', 'NUMBER_INTEGER', 'Integer', '640', true],
      [
        'predict_data',
        'STRING',
        'String',
        '/usr/share/example-pipeline-volume/images/street.jpg',
        true,
      ],
    ]);
  });

  it('a typed v1 parameter without a default is required unless the annotation says optional', () => {
    const workflow = {
      ...argo,
      metadata: {
        annotations: {
          'pipelines.kubeflow.org/pipeline_spec': JSON.stringify({
            inputs: [
              { name: 'a', type: 'Integer', description: 'Count' },
              { name: 'b', type: 'Float' },
              { name: 'c', type: 'Bool', optional: true },
            ],
          }),
        },
      },
    };
    const result = parametersFromSpec(workflow);
    if (!result.ok) throw new Error(result.error);
    expect(result.fields.map((f) => [f.name, f.type, f.optional, f.description])).toEqual([
      ['a', 'NUMBER_INTEGER', true, 'Count'],
      ['b', 'NUMBER_DOUBLE', false, ''],
      ['c', 'BOOLEAN', true, ''],
    ]);
  });

  it('unwraps {pipeline_spec, platform_spec}', () => {
    expect(pipelineKindOf({ pipeline_spec: v2, platform_spec: {} })?.kind).toBe('v2');
    expect(pipelineKindOf({ pipelineSpec: argo })?.kind).toBe('v1');
  });

  it('says so for a spec it cannot read', () => {
    expect(parametersFromSpec(undefined)).toMatchObject({ ok: false });
    expect(parametersFromSpec({ kind: 'Deployment', apiVersion: 'apps/v1' })).toMatchObject({
      ok: false,
    });
  });

  it('gives no fields for a pipeline without inputs', () => {
    expect(parametersFromSpec({ pipelineInfo: {}, root: { dag: {} } })).toEqual({
      ok: true,
      kind: 'v2',
      fields: [],
    });
    expect(
      parametersFromSpec({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', spec: {} }),
    ).toEqual({ ok: true, kind: 'v1', fields: [] });
  });
});
