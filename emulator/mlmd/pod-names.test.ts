import { describe, expect, it } from 'vitest';
import { createEmulatorHarness } from '../testing/emulator-test-kit.ts';
import { argoPodName } from '../sim/pod-name.ts';
import { inProcessClient, prop, trainingPipelineYaml } from '../testing/mlmd-test-kit.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

describe('ML Metadata pod names', () => {
  it("are the Argo workflow's executor pods (the names logs are served by)", async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', trainingPipelineYaml);
    const runId = String(created.json.run_id);
    await h.finish('alice', runId);

    const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice');
    const runtime = isRecord(v1.json.pipeline_runtime) ? v1.json.pipeline_runtime : {};
    const manifest: unknown = JSON.parse(
      typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
    );
    const workflow = isRecord(manifest) ? manifest : {};
    const name = isRecord(workflow.metadata) ? String(workflow.metadata.name) : '';
    const nodes =
      isRecord(workflow.status) && isRecord(workflow.status.nodes) ? workflow.status.nodes : {};
    const executorPods = Object.values(nodes)
      .filter(isRecord)
      .filter((n) => n.type === 'Pod' && n.templateName === 'system-container-impl')
      .map((n) => argoPodName(name, String(n.templateName), String(n.name)))
      .sort();

    const mlmd = inProcessClient(h, 'alice');
    const { context } = await mlmd.getContextByTypeAndName({
      typeName: 'system.PipelineRun',
      contextName: runId,
    });
    const { executions } = await mlmd.getExecutionsByContext({ contextId: context?.id });
    const podNames = executions
      .filter((e) => e.type === 'system.ContainerExecution')
      .map((e) => String(prop(e.customProperties, 'pod_name')))
      .sort();
    expect(podNames.length).toBeGreaterThan(0);
    expect(podNames).toEqual(executorPods);
  });
});
