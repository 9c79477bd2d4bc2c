import type { RunEngine } from '../store/run-engine.ts';
import type { RunApi } from '../http/env.ts';
import { createTestApi, type TestApi } from './test-app.ts';
import { createExperiment, uploadPipeline } from './test-pipelines.ts';

/** An emulator with alice's experiment and pipeline, for the run route tests. */
export async function setup(engine?: RunEngine, runApi: RunApi = 'released') {
  const api = await createTestApi({ runApi, ...(engine ? { engine } : {}) });
  const experimentId = await createExperiment(api, 'alice', 'exp', 'kubeflow-alice');
  const { pipelineId, versionId } = await uploadPipeline(api, {
    name: 'add',
    as: 'alice',
    namespace: 'kubeflow-alice',
  });
  return { api, experimentId, pipelineId, versionId };
}

export const createRun = (api: TestApi, body: object, as = 'alice') =>
  api.call('POST', '/apis/v2beta1/runs', { as, json: body });
