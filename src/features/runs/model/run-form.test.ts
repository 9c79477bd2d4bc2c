import { describe, expect, it } from 'vitest';
import {
  buildRunRequest,
  cloneName,
  defaultRunName,
  EMPTY_RUN_FORM,
  type BuildContext,
  type RunFormValues,
} from './run-form.ts';
import { DEFAULT_TRIGGER } from './run-form-trigger.ts';
import { parametersFromSpec } from './run-parameters.ts';

const argo = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  spec: {
    arguments: {
      parameters: [
        { name: 'a', value: '3' },
        { name: 'b', value: '4' },
      ],
    },
  },
};
const v2 = {
  pipelineInfo: { name: 'p' },
  root: {
    inputDefinitions: {
      parameters: {
        epochs: { parameterType: 'NUMBER_INTEGER', defaultValue: 20 },
        rate: { parameterType: 'NUMBER_DOUBLE' },
      },
    },
  },
};

function context(spec: unknown, experimentRequired = true): BuildContext {
  const parsed = parametersFromSpec(spec);
  if (!parsed.ok) throw new Error(parsed.error);
  return { kind: parsed.kind, fields: parsed.fields, experimentRequired };
}

const filled: RunFormValues = {
  ...EMPTY_RUN_FORM,
  pipelineId: 'p1',
  versionId: 'v1',
  experimentId: 'e1',
  name: ' My run ',
};

describe('buildRunRequest', () => {
  it('builds a one-off v1 run with string parameters', () => {
    const built = buildRunRequest(
      { ...filled, parameters: { a: '7', b: '0.5' }, description: ' ', serviceAccount: 'sa' },
      context(argo),
    );
    expect(built).toEqual({
      ok: true,
      kind: 'run',
      body: {
        display_name: 'My run',
        experiment_id: 'e1',
        service_account: 'sa',
        runtime_config: { parameters: { a: '7', b: '0.5' } },
        pipeline_version_reference: { pipeline_id: 'p1', pipeline_version_id: 'v1' },
      },
    });
  });

  it('builds a v2 run with native values and the pipeline root; the root is dropped for v1', () => {
    const built = buildRunRequest(
      { ...filled, parameters: { rate: '0.25' }, pipelineRoot: 'minio://bucket/root' },
      context(v2),
    );
    expect(built).toMatchObject({
      ok: true,
      body: {
        runtime_config: {
          parameters: { epochs: 20, rate: 0.25 },
          pipeline_root: 'minio://bucket/root',
        },
      },
    });
    const v1 = buildRunRequest({ ...filled, pipelineRoot: 'minio://bucket/root' }, context(argo));
    expect(v1).toMatchObject({
      ok: true,
      body: { runtime_config: { parameters: { a: '3', b: '4' } } },
    });
    expect(
      v1.ok && v1.body.runtime_config !== undefined && 'pipeline_root' in v1.body.runtime_config,
    ).toBe(false);
  });

  it("refuses a bad value for a typed v1 parameter (the tutorial's Float) before anything is built", () => {
    const typed = {
      ...argo,
      metadata: {
        annotations: {
          'pipelines.kubeflow.org/pipeline_spec': JSON.stringify({
            inputs: [
              { name: 'a', type: 'Float', default: '3', optional: true },
              { name: 'b', type: 'Integer', default: '4', optional: true },
            ],
          }),
        },
      },
    };
    expect(
      buildRunRequest({ ...filled, parameters: { a: 'abc', b: '1.5' } }, context(typed)),
    ).toEqual({
      ok: false,
      errors: {
        fields: {},
        parameters: { a: 'Enter a number, e.g. 0.5', b: 'Enter a whole number, e.g. 42' },
      },
    });
    expect(
      buildRunRequest({ ...filled, parameters: { a: ' 2.5 ', b: '' } }, context(typed)),
    ).toMatchObject({ ok: true, body: { runtime_config: { parameters: { a: '2.5' } } } });
  });

  it('blocks on missing choices and invalid parameters, naming each field', () => {
    expect(
      buildRunRequest({ ...EMPTY_RUN_FORM, parameters: { rate: 'fast' } }, context(v2)),
    ).toEqual({
      ok: false,
      errors: {
        fields: {
          pipeline: 'Choose a pipeline',
          version: 'Choose a pipeline version',
          experiment: 'Choose an experiment',
          name: 'Enter a run name',
        },
        parameters: { rate: 'Enter a number, e.g. 0.5' },
      },
    });
  });

  it('does not require an experiment in a single-user install', () => {
    const built = buildRunRequest({ ...filled, experimentId: '' }, context(argo, false));
    expect(built.ok && 'experiment_id' in built.body).toBe(false);
  });

  it('builds a recurring run; "always latest" sends only the pipeline id', () => {
    const built = buildRunRequest(
      {
        ...filled,
        versionId: '',
        useLatestVersion: true,
        mode: 'recurring',
        trigger: {
          ...DEFAULT_TRIGGER,
          kind: 'periodic',
          every: '1',
          unit: 'minutes',
          catchUp: false,
        },
      },
      context(argo),
    );
    expect(built).toEqual({
      ok: true,
      kind: 'recurring',
      body: {
        display_name: 'My run',
        experiment_id: 'e1',
        runtime_config: { parameters: { a: '3', b: '4' } },
        pipeline_version_reference: { pipeline_id: 'p1' },
        trigger: { periodic_schedule: { interval_second: '60' } },
        max_concurrency: '10',
        no_catchup: true,
        mode: 'ENABLE',
      },
    });
  });

  it('"always latest" does not apply to one-off runs', () => {
    const built = buildRunRequest(
      { ...filled, versionId: '', useLatestVersion: true },
      context(argo),
    );
    expect(built.ok ? undefined : built.errors.fields.version).toBe('Choose a pipeline version');
  });

  it('blocks a recurring run with an invalid trigger, on the trigger fields', () => {
    const built = buildRunRequest(
      {
        ...filled,
        mode: 'recurring',
        trigger: { ...DEFAULT_TRIGGER, kind: 'cron', cron: '0 * * *' },
      },
      context(argo),
    );
    expect(built.ok ? undefined : built.errors.fields.cron).toContain('6 fields');
    expect(built.ok ? undefined : built.errors.parameters).toEqual({});
  });
});

describe('names', () => {
  it('defaults to "Run of <pipeline> (<timestamp>)"', () => {
    const now = new Date(2026, 10, 25, 9, 5, 3);
    expect(defaultRunName('Data handling', now)).toBe('Run of Data handling (2026-11-25 09:05:03)');
    expect(defaultRunName('Data handling', now, true)).toBe(
      'Recurring run of Data handling (2026-11-25 09:05:03)',
    );
  });

  it('clone names do not stack', () => {
    expect(cloneName('First try')).toBe('Clone of First try');
    expect(cloneName('Clone of First try')).toBe('Clone of First try');
  });
});
