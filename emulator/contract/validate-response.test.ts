import { describe, expect, it } from 'vitest';
import { ApiError, errorBody, GrpcCode } from '../lib/errors.ts';
import { validateResponse, type ContractResult } from './validate-response.ts';

const run = {
  run_id: 'run-1',
  experiment_id: 'exp-1',
  display_name: 'train',
  storage_state: 'AVAILABLE',
  pipeline_version_reference: { pipeline_id: 'p-1', pipeline_version_id: 'v-1' },
  runtime_config: {
    parameters: { epochs: 10, rate: 0.5, name: 'x', flags: [true], nested: { a: null } },
  },
  pipeline_spec: { pipelineInfo: { name: 'anything' }, root: { dag: { tasks: {} } } },
  created_at: '2026-08-01T10:00:00Z',
  state: 'RUNNING',
  state_history: [{ update_time: '2026-08-01T10:00:01Z', state: 'PENDING' }],
};

function errorsOf(result: ContractResult): string[] {
  return result.ok ? [] : result.errors;
}

describe('validateResponse (v2beta1)', () => {
  it('accepts a valid run, ignoring the query string', () => {
    expect(
      validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/run-1?view=FULL', 200, run),
    ).toEqual({ ok: true });
  });

  it('rejects a field the real API does not have, and names it', () => {
    const errors = errorsOf(
      validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/run-1', 200, {
        ...run,
        namespace: 'x',
      }),
    );
    expect(errors.join('\n')).toContain('"namespace"');
  });

  it('rejects unknown fields in nested objects too', () => {
    const body = {
      ...run,
      state_history: [{ update_time: '2026-08-01T10:00:01Z', state: 'PENDING', podName: 'p' }],
    };
    const errors = errorsOf(
      validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/run-1', 200, body),
    );
    expect(errors.join('\n')).toMatch(/\/state_history\/0 .*"podName"/);
  });

  it('rejects a wrong type, an unknown enum value and a malformed timestamp', () => {
    expect(
      errorsOf(
        validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 200, {
          ...run,
          display_name: 5,
        }),
      ).join(),
    ).toContain('/display_name must be string');
    expect(
      errorsOf(
        validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 200, { ...run, state: 'DONE' }),
      ).join(),
    ).toContain('SUCCEEDED');
    expect(
      validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 200, {
        ...run,
        created_at: 'yesterday',
      }).ok,
    ).toBe(false);
  });

  it('wants int64 as a decimal string, never a JSON number', () => {
    const recurring = {
      recurring_run_id: 'rr',
      display_name: 'nightly',
      status: 'ENABLED',
      trigger: { periodic_schedule: { interval_second: '3600' } },
    };
    const path = '/apis/v2beta1/recurringruns/rr';
    expect(
      validateResponse('v2beta1', 'GET', path, 200, { ...recurring, max_concurrency: '1' }),
    ).toEqual({ ok: true });
    expect(
      validateResponse('v2beta1', 'GET', path, 200, { ...recurring, max_concurrency: 1 }).ok,
    ).toBe(false);
    expect(
      validateResponse('v2beta1', 'GET', path, 200, { ...recurring, max_concurrency: '1.5' }).ok,
    ).toBe(false);
  });

  it('checks list answers item by item', () => {
    const path = '/apis/v2beta1/runs?page_size=2';
    expect(
      validateResponse('v2beta1', 'GET', path, 200, {
        runs: [run],
        total_size: 1,
        next_page_token: 't',
      }),
    ).toEqual({ ok: true });
    expect(
      validateResponse('v2beta1', 'GET', path, 200, { runs: [{ ...run, id: 'x' }], total_size: 1 })
        .ok,
    ).toBe(false);
    expect(validateResponse('v2beta1', 'GET', path, 200, { runs: [], total_size: '1' }).ok).toBe(
      false,
    );
  });

  it('matches custom verbs and empty answers exactly', () => {
    expect(
      validateResponse('v2beta1', 'POST', '/apis/v2beta1/runs/run-1:archive', 200, {}),
    ).toEqual({ ok: true });
    expect(
      validateResponse('v2beta1', 'POST', '/apis/v2beta1/runs/run-1:archive', 200, { ok: true }).ok,
    ).toBe(false);
    expect(
      validateResponse('v2beta1', 'DELETE', '/apis/v2beta1/pipelines/p-1/versions/v-1', 200, {}),
    ).toEqual({ ok: true });
  });

  it('reports an operation the spec does not have', () => {
    expect(errorsOf(validateResponse('v2beta1', 'GET', '/apis/v2beta1/nothing', 200, {}))).toEqual([
      'v2beta1: no operation GET /apis/v2beta1/nothing in the spec',
    ]);
    expect(validateResponse('v2beta1', 'PUT', '/apis/v2beta1/runs/r', 200, run).ok).toBe(false);
  });

  it('does not know the tasks API: tasks[] belongs to v2beta1-tasks', () => {
    const withTasks = {
      ...run,
      tasks: [
        {
          task_id: 't1',
          name: 'train',
          type: 'RUNTIME',
          state: 'RUNNING',
          pods: [{ name: 'p', type: 'EXECUTOR' }],
        },
      ],
    };
    expect(validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 200, withTasks).ok).toBe(
      false,
    );
    expect(
      validateResponse('v2beta1-tasks', 'GET', '/apis/v2beta1/runs/r?view=FULL', 200, withTasks),
    ).toEqual({ ok: true });
  });
});

describe('validateResponse: error bodies', () => {
  it('accepts our {error, code, message, details} with the status of its gRPC code', () => {
    const body = errorBody(new ApiError(GrpcCode.NotFound, 'run r not found'));
    expect(validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 404, body)).toEqual({
      ok: true,
    });
    expect(validateResponse('v1beta1', 'GET', '/apis/v1beta1/runs/r', 404, body)).toEqual({
      ok: true,
    });
  });

  it('rejects a status that does not belong to the code, extra fields and a missing message', () => {
    const body = errorBody(new ApiError(GrpcCode.NotFound, 'gone'));
    expect(
      errorsOf(validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 400, body)).join(),
    ).toContain('HTTP 404, not 400');
    expect(
      validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 404, { ...body, status: 404 }).ok,
    ).toBe(false);
    expect(validateResponse('v2beta1', 'GET', '/apis/v2beta1/runs/r', 404, { code: 5 }).ok).toBe(
      false,
    );
  });

  it('checks upload errors against the upload handler body, in every spec', () => {
    const uploadError = {
      error_message: 'Failed to read a pipeline spec file',
      error_details: 'details',
    };
    for (const [spec, version] of [
      ['v1beta1', 'v1beta1'],
      ['v2beta1', 'v2beta1'],
      ['v2beta1-tasks', 'v2beta1'],
    ] as const) {
      expect(
        validateResponse(
          spec,
          'POST',
          `/apis/${version}/pipelines/upload?name=x`,
          400,
          uploadError,
        ),
      ).toEqual({ ok: true });
      expect(
        validateResponse(
          spec,
          'POST',
          `/apis/${version}/pipelines/upload_version?pipelineid=p`,
          409,
          uploadError,
        ),
      ).toEqual({ ok: true });
      const grpcBody = errorBody(new ApiError(GrpcCode.InvalidArgument, 'bad'));
      expect(
        validateResponse(spec, 'POST', `/apis/${version}/pipelines/upload`, 400, grpcBody).ok,
      ).toBe(false);
    }
  });
});

describe('validateResponse: upload, v1beta1 and supplements', () => {
  it('checks a successful upload against both the main and the upload spec file', () => {
    const pipeline = {
      pipeline_id: 'p',
      display_name: 'demo',
      name: 'demo',
      created_at: '2026-08-01T10:00:00Z',
      namespace: 'kubeflow-alice',
    };
    expect(
      validateResponse('v2beta1', 'POST', '/apis/v2beta1/pipelines/upload', 200, pipeline),
    ).toEqual({ ok: true });
    const errors = errorsOf(
      validateResponse('v2beta1', 'POST', '/apis/v2beta1/pipelines/upload', 200, {
        ...pipeline,
        id: 'p',
      }),
    );
    expect(errors.some((e) => e.startsWith('v2beta1/kfp_api_single_file.swagger.json'))).toBe(true);
    expect(errors.some((e) => e.startsWith('v2beta1/pipeline.upload.swagger.json'))).toBe(true);
  });

  it('checks v1beta1 run details', () => {
    const detail = {
      run: {
        id: 'r',
        name: 'n',
        status: 'Running',
        resource_references: [{ key: { type: 'EXPERIMENT', id: 'e' }, relationship: 'OWNER' }],
      },
      pipeline_runtime: { workflow_manifest: '{"kind":"Workflow"}' },
    };
    expect(validateResponse('v1beta1', 'GET', '/apis/v1beta1/runs/r', 200, detail)).toEqual({
      ok: true,
    });
    const wrong = { ...detail, pipeline_runtime: { workflow_manifest: { kind: 'Workflow' } } };
    expect(validateResponse('v1beta1', 'GET', '/apis/v1beta1/runs/r', 200, wrong).ok).toBe(false);
  });

  it('knows ReadArtifact, which the swagger omits: {data: base64}', () => {
    const path = '/apis/v1beta1/runs/r/nodes/n-1/artifacts/mlpipeline-ui-metadata:read';
    expect(validateResponse('v1beta1', 'GET', path, 200, { data: 'H4sIAAAA' })).toEqual({
      ok: true,
    });
    expect(validateResponse('v1beta1', 'GET', path, 200, { data: 'not base64!' }).ok).toBe(false);
    expect(
      validateResponse('v2beta1', 'GET', path.replace('v1beta1', 'v2beta1'), 200, { data: '' }),
    ).toEqual({ ok: true });
  });
});
