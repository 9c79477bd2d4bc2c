import { describe, expect, it } from 'vitest';
import type { RunEngine, RunRuntime } from '../store/run-engine.ts';
import { createStaticEngine } from '../store/run-engine.ts';
import { field, items, text } from '../testing/test-app.ts';
import { setup, createRun } from '../testing/runs-test-kit.ts';

describe('runs', () => {
  it('terminates, archives, unarchives and deletes', async () => {
    const { api, experimentId, pipelineId } = await setup();
    const run = await createRun(api, {
      display_name: 'r',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    const id = text(run.body, 'run_id');
    expect(
      (await api.call('POST', `/apis/v2beta1/runs/${id}:terminate`, { as: 'bob' })).status,
    ).toBe(403);
    expect(
      (await api.call('POST', `/apis/v2beta1/runs/${id}:terminate`, { as: 'alice' })).status,
    ).toBe(200);
    const got = await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' });
    // CANCELING, then the terminated workflow's phase: FAILED (resource_manager.go ReportWorkflowResource).
    expect(got.json.state).toBe('FAILED');
    expect(items(got.body, 'state_history').map((s) => field(s, 'state'))).toEqual([
      'PENDING',
      'CANCELING',
      'FAILED',
    ]);
    expect(api.store.runs.get(id)?.events.map((e) => e.kind)).toEqual(['terminate']);
    // A finished run cannot be terminated (storage/run_store.go TerminateRun: "Row not found").
    const again = await api.call('POST', `/apis/v2beta1/runs/${id}:terminate`, { as: 'alice' });
    expect(again.status).toBe(400);
    expect(again.json.message).toMatch(/Failed to terminate a run .*\. Row not found/);
    expect(api.store.runs.get(id)?.events).toHaveLength(1);
    // Retry needs a Failed/Error workflow: Aborted → 409 (common/util/workflow.go GenerateRetryExecution).
    const pending = await createRun(api, {
      display_name: 'still pending',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    const pendingId = text(pending.body, 'run_id');
    const retry = await api.call('POST', `/apis/v2beta1/runs/${pendingId}:retry`, { as: 'alice' });
    expect(retry.status).toBe(409);
    expect(retry.json.code).toBe(10);
    expect(retry.json.message).toMatch(/Workflow must be Failed\/Error to retry/);
    // A terminated workflow is Failed, so it can be retried (GenerateRetryExecution clears the
    // activeDeadlineSeconds: 0 that terminated it).
    const retried = await api.call('POST', `/apis/v2beta1/runs/${id}:retry`, { as: 'alice' });
    expect(retried.status).toBe(200);
    expect(api.store.runs.get(id)?.events.map((e) => e.kind)).toEqual(['terminate', 'retry']);
    expect(
      (await api.call('POST', `/apis/v2beta1/runs/${id}:archive`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' })).json.storage_state,
    ).toBe('ARCHIVED');
    expect(
      (await api.call('POST', `/apis/v2beta1/runs/${id}:unarchive`, { as: 'alice' })).status,
    ).toBe(200);
    expect(
      (
        await api.call('POST', `/apis/v2beta1/runs/${id}:archive`, {
          as: 'alice',
          json: { surprise: 1 },
        })
      ).status,
    ).toBe(400);
    expect((await api.call('DELETE', `/apis/v2beta1/runs/${id}`, { as: 'alice' })).status).toBe(
      200,
    );
    expect(api.engine.runtime(id)).toBeUndefined();
    expect((await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' })).status).toBe(404);
  });

  it('retries failed runs (the engine gets the event)', async () => {
    const base = createStaticEngine();
    const failed: RunRuntime = {
      state: 'FAILED',
      stateHistory: [{ update_time: '2026-01-01T00:00:00Z', state: 'FAILED' }],
      tasks: [],
      taskDetails: [],
    };
    const applied: string[] = [];
    const engine: RunEngine = {
      ...base,
      runtime: (id) => (base.runtime(id) ? failed : undefined),
      apply: (id, e) => void applied.push(`${id}:${e.kind}`),
    };
    const { api, experimentId, pipelineId } = await setup(engine, 'next');
    const run = await createRun(api, {
      display_name: 'r',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    const id = text(run.body, 'run_id');
    expect((await api.call('POST', `/apis/v2beta1/runs/${id}:retry`, { as: 'alice' })).status).toBe(
      200,
    );
    expect(applied).toEqual([`${id}:retry`]);
  });

  it('serves tasks with ?view=FULL (next), task details (released servers), and the v1beta1 run detail', async () => {
    const base = createStaticEngine();
    const task = {
      task_id: 't1',
      name: 'add',
      display_name: 'add',
      type: 'RUNTIME',
      state: 'RUNNING',
      create_time: '2026-01-01T00:00:00Z',
      pods: [{ name: 'p-1', type: 'EXECUTOR' }],
    };
    const detail = {
      run_id: 'x',
      task_id: 't1',
      display_name: 'add-driver',
      state: 'RUNNING',
      child_tasks: [{ pod_name: 'wf-1' }],
    };
    const manifest = JSON.stringify({ metadata: { name: 'wf' }, status: { nodes: {} } });
    const engine: RunEngine = {
      ...base,
      runtime: (id) => {
        const r = base.runtime(id);
        return r
          ? {
              ...r,
              state: 'RUNNING',
              tasks: [task],
              taskDetails: [detail],
              workflowManifest: manifest,
            }
          : undefined;
      },
    };
    const { api, experimentId, pipelineId } = await setup(engine, 'next');
    const run = await createRun(api, {
      display_name: 'r',
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    const id = text(run.body, 'run_id');
    const plain = await api.call('GET', `/apis/v2beta1/runs/${id}`, { as: 'alice' });
    expect(plain.json).not.toHaveProperty('tasks');
    expect(plain.json).not.toHaveProperty('run_details');
    const full = await api.call('GET', `/apis/v2beta1/runs/${id}?view=FULL`, { as: 'alice' });
    expect(items(full.body, 'tasks')).toEqual([task]);
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${id}?view=EVERYTHING`, { as: 'alice' })).status,
    ).toBe(400);
    const tasks = await api.call('GET', `/apis/v2beta1/runs/${id}/tasks`, { as: 'alice' });
    expect(tasks.json).toMatchObject({ tasks: [task], total_size: 1 });
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${id}/tasks/t1`, { as: 'alice' })).json,
    ).toEqual(task);
    expect(
      (await api.call('GET', `/apis/v2beta1/runs/${id}/tasks/t2`, { as: 'alice' })).status,
    ).toBe(404);
    const v1 = await api.call('GET', `/apis/v1beta1/runs/${id}`, { as: 'alice' });
    expect(v1.json).toMatchObject({
      run: { id, name: 'r', status: 'Running' },
      pipeline_runtime: { workflow_manifest: manifest },
    });
    // STORAGESTATE_AVAILABLE is api.Run.StorageState's zero value: protojson omits it
    // (backend/src/apiserver/common/utils.go: EmitUnpopulated false).
    expect(field(v1.body, 'run')).not.toHaveProperty('storage_state');
    expect(field(v1.body, 'run', 'resource_references')).toContainEqual({
      key: { type: 'EXPERIMENT', id: experimentId },
      relationship: 'OWNER',
    });
    expect((await api.call('GET', `/apis/v1beta1/runs/${id}`, { as: 'bob' })).status).toBe(403);

    const legacy = await setup(engine, 'released');
    const old = await createRun(legacy.api, {
      display_name: 'r',
      experiment_id: legacy.experimentId,
      pipeline_version_reference: { pipeline_id: legacy.pipelineId },
      runtime_config: { parameters: { a: 1 } },
    });
    const oldId = text(old.body, 'run_id');
    const oldGet = await legacy.api.call('GET', `/apis/v2beta1/runs/${oldId}?view=FULL`, {
      as: 'alice',
    });
    expect(field(oldGet.body, 'run_details', 'task_details')).toEqual([detail]);
    expect(oldGet.json).not.toHaveProperty('tasks');
    // KFP 2.17/2.18 have no `view`: grpc-gateway ignores an unknown query parameter.
    const odd = await legacy.api.call('GET', `/apis/v2beta1/runs/${oldId}?view=EVERYTHING`, {
      as: 'alice',
    });
    expect(odd.status).toBe(200);
    expect(odd.json).toEqual(oldGet.json);
    const listed = await legacy.api.call(
      'GET',
      '/apis/v2beta1/runs?namespace=kubeflow-alice&view=FULL',
      { as: 'alice' },
    );
    expect(items(listed.body, 'runs')).toHaveLength(1);
    expect(field(listed.body, 'runs', 0)).not.toHaveProperty('tasks');
    expect(
      (
        await legacy.api.call('GET', `/apis/v2beta1/runs/${oldId}/tasks`, {
          as: 'alice',
          unchecked: true,
        })
      ).status,
    ).toBe(404);
  });
});
