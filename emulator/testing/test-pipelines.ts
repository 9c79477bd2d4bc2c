import { parse } from 'yaml';
import type { TestApi } from './test-app.ts';
import { text } from './test-app.ts';

/** Small pipeline files for the route tests. */
export const addPipelineYaml = `# PIPELINE DEFINITION
# Name: add
components:
  comp-add:
    executorLabel: exec-add
deploymentSpec:
  executors:
    exec-add:
      container:
        image: python:3.11
        command: [python, -c, "print(1)"]
pipelineInfo:
  name: add
root:
  dag:
    tasks:
      add:
        componentRef:
          name: comp-add
        taskInfo:
          name: add
  inputDefinitions:
    parameters:
      a:
        parameterType: NUMBER_INTEGER
      b:
        defaultValue: 2
        parameterType: NUMBER_INTEGER
        isOptional: true
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
`;

export const argoPipelineYaml = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: hello
  arguments:
    parameters:
    - name: who
      value: world
  templates:
  - name: hello
    container:
      image: alpine
      command: [echo, "{{workflow.parameters.who}}"]
`;

export const platformPair = `${addPipelineYaml}---
platforms:
  kubernetes:
    deploymentSpec:
      executors:
        exec-add:
          pvcMount:
          - mountPath: /data
            constant: my-pvc
`;

/** A YAML text as plain data (for request bodies and expectations). */
export function yamlData(source: string): unknown {
  return parse(source);
}

export function uploadForm(name: string, content: string | Uint8Array): FormData {
  const form = new FormData();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  form.append('uploadfile', new File([new Uint8Array(bytes)], name));
  return form;
}

/** Uploads a pipeline and returns its id and the id of its first version. */
export async function uploadPipeline(
  api: TestApi,
  options: { name: string; as?: string; namespace?: string; yaml?: string },
): Promise<{ pipelineId: string; versionId: string }> {
  const query = new URLSearchParams({
    name: options.name,
    ...(options.namespace ? { namespace: options.namespace } : {}),
  });
  const uploaded = await api.call('POST', `/apis/v2beta1/pipelines/upload?${query.toString()}`, {
    ...(options.as ? { as: options.as } : {}),
    form: uploadForm(`${options.name}.yaml`, options.yaml ?? addPipelineYaml),
  });
  if (uploaded.status !== 200) throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`);
  const pipelineId = text(uploaded.body, 'pipeline_id');
  const versions = await api.call(
    'GET',
    `/apis/v2beta1/pipelines/${pipelineId}/versions`,
    options.as ? { as: options.as } : {},
  );
  return {
    pipelineId,
    versionId: text(versions.body, 'pipeline_versions', 0, 'pipeline_version_id'),
  };
}

/** A CreateRecurringRun body for the add pipeline (its latest version), overridable field by field. */
export function recurringRunBody(
  experimentId: string,
  pipelineId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    display_name: 'job',
    experiment_id: experimentId,
    pipeline_version_reference: { pipeline_id: pipelineId },
    runtime_config: { parameters: { a: 1 } },
    max_concurrency: '1',
    trigger: { cron_schedule: { cron: '@hourly' } },
    mode: 'ENABLE',
    ...overrides,
  };
}

/** Creates an experiment and returns its id. */
export async function createExperiment(
  api: TestApi,
  as: string | undefined,
  name: string,
  namespace?: string,
): Promise<string> {
  const created = await api.call('POST', '/apis/v2beta1/experiments', {
    ...(as ? { as } : {}),
    json: { display_name: name, ...(namespace ? { namespace } : {}) },
  });
  if (created.status !== 200) throw new Error(`experiment failed: ${JSON.stringify(created.body)}`);
  return text(created.body, 'experiment_id');
}
