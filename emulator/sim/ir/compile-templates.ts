import type { JsonObject } from '../../lib/json.ts';
/**
 * The system templates KFP's v2 compiler adds to every workflow (backend/src/v2/compiler/
 * argocompiler container.go, dag.go, importer.go), abridged to the fields that tell what runs:
 * drivers resolve inputs and decide conditions, the launcher runs the user's container.
 */

const driverImage = 'ghcr.io/kubeflow/kfp-driver:2.17.0';
const launcherImage = 'ghcr.io/kubeflow/kfp-launcher:2.17.0';

const param = (name: string, defaultValue?: string): JsonObject =>
  defaultValue === undefined ? { name } : { name, default: defaultValue };
const output = (name: string, fallback?: string): JsonObject => ({
  name,
  valueFrom: {
    path: `/tmp/outputs/${name}`,
    ...(fallback !== undefined ? { default: fallback } : {}),
  },
});
const role = (value: string): JsonObject => ({
  annotations: { 'pipelines.kubeflow.org/runtime-role': value },
});

function driverArgs(pipelineName: string, runId: string, kind: string): string[] {
  return [
    '--type',
    kind,
    '--pipeline_name',
    pipelineName,
    '--run_id',
    runId,
    '--run_name',
    '{{workflow.name}}',
    '--dag_execution_id',
    '{{inputs.parameters.parent-dag-id}}',
    '--component',
    '{{inputs.parameters.component}}',
    '--task',
    '{{inputs.parameters.task}}',
    '--task_name',
    '{{inputs.parameters.task-name}}',
    '--iteration_index',
    '{{inputs.parameters.iteration-index}}',
    '--mlmd_server_address',
    'metadata-grpc-service.kubeflow.svc.cluster.local',
    '--mlmd_server_port',
    '8080',
  ];
}

export function containerDriverTemplate(pipelineName: string, runId: string): JsonObject {
  return {
    name: 'system-container-driver',
    metadata: role('driver'),
    inputs: {
      parameters: [
        param('component'),
        param('task'),
        param('container'),
        param('task-name'),
        param('parent-dag-id'),
        param('iteration-index', '-1'),
        param('kubernetes-config', ''),
      ],
    },
    outputs: {
      parameters: [
        output('pod-spec-patch', ''),
        output('cached-decision', 'false'),
        output('condition', 'true'),
      ],
    },
    container: {
      name: '',
      image: driverImage,
      command: ['driver'],
      args: [
        ...driverArgs(pipelineName, runId, 'CONTAINER'),
        '--container',
        '{{inputs.parameters.container}}',
        '--cached_decision_path',
        '{{outputs.parameters.cached-decision.path}}',
        '--pod_spec_patch_path',
        '{{outputs.parameters.pod-spec-patch.path}}',
        '--condition_path',
        '{{outputs.parameters.condition.path}}',
      ],
    },
  };
}

export function dagDriverTemplate(pipelineName: string, runId: string): JsonObject {
  return {
    name: 'system-dag-driver',
    metadata: role('driver'),
    inputs: {
      parameters: [
        param('component'),
        param('runtime-config', ''),
        param('task', ''),
        param('task-name', ''),
        param('parent-dag-id', '0'),
        param('iteration-index', '-1'),
        param('driver-type', 'DAG'),
      ],
    },
    outputs: {
      parameters: [
        output('execution-id'),
        output('iteration-count', '0'),
        output('condition', 'true'),
      ],
    },
    container: {
      name: '',
      image: driverImage,
      command: ['driver'],
      args: [
        ...driverArgs(pipelineName, runId, '{{inputs.parameters.driver-type}}'),
        '--runtime_config',
        '{{inputs.parameters.runtime-config}}',
        '--execution_id_path',
        '{{outputs.parameters.execution-id.path}}',
        '--iteration_count_path',
        '{{outputs.parameters.iteration-count.path}}',
        '--condition_path',
        '{{outputs.parameters.condition.path}}',
      ],
    },
  };
}

/** `system-container-executor` (a DAG running `executor` unless cached) and its `-impl` pod. */
export function executorTemplates(retry: boolean): JsonObject[] {
  const prefix = retry ? 'retry-' : '';
  const retryParams = retry
    ? [
        'retry-max-count',
        'retry-backoff-duration',
        'retry-backoff-factor',
        'retry-backoff-max-duration',
      ]
    : [];
  return [
    {
      name: `${prefix}system-container-executor`,
      inputs: {
        parameters: [
          param('pod-spec-patch'),
          param('cached-decision', 'false'),
          ...retryParams.map((name) => param(name, '0')),
        ],
      },
      dag: {
        tasks: [
          {
            name: 'executor',
            template: `${prefix}system-container-impl`,
            when: '{{inputs.parameters.cached-decision}} != true',
            arguments: {
              parameters: [
                { name: 'pod-spec-patch', value: '{{inputs.parameters.pod-spec-patch}}' },
                ...retryParams.map((name) => ({ name, value: `{{inputs.parameters.${name}}}` })),
              ],
            },
          },
        ],
      },
    },
    {
      name: `${prefix}system-container-impl`,
      metadata: role('launcher'),
      inputs: { parameters: [param('pod-spec-patch'), ...retryParams.map((name) => param(name))] },
      podSpecPatch: '{{inputs.parameters.pod-spec-patch}}',
      initContainers: [
        {
          name: 'kfp-launcher',
          image: launcherImage,
          command: ['launcher-v2'],
          args: ['--copy', '/kfp-launcher/launch'],
          volumeMounts: [{ name: 'kfp-launcher', mountPath: '/kfp-launcher' }],
        },
      ],
      container: {
        name: '',
        image: 'gcr.io/ml-pipeline/should-be-overridden-during-runtime',
        command: ['should-be-overridden-during-runtime'],
        volumeMounts: [{ name: 'kfp-launcher', mountPath: '/kfp-launcher' }],
      },
      volumes: [{ name: 'kfp-launcher', emptyDir: {} }],
      ...(retry
        ? {
            retryStrategy: {
              limit: '{{inputs.parameters.retry-max-count}}',
              backoff: {
                duration: '{{inputs.parameters.retry-backoff-duration}}',
                factor: '{{inputs.parameters.retry-backoff-factor}}',
                maxDuration: '{{inputs.parameters.retry-backoff-max-duration}}',
              },
            },
          }
        : {}),
    },
  ];
}

export function importerTemplate(pipelineName: string, runId: string): JsonObject {
  return {
    name: 'system-importer',
    metadata: role('driver'),
    inputs: {
      parameters: [param('task'), param('component'), param('importer'), param('parent-dag-id')],
    },
    container: {
      name: '',
      image: launcherImage,
      command: ['launcher-v2'],
      args: [
        '--executor_type',
        'importer',
        '--task_spec',
        '{{inputs.parameters.task}}',
        '--component_spec',
        '{{inputs.parameters.component}}',
        '--importer_spec',
        '{{inputs.parameters.importer}}',
        '--parent_dag_id',
        '{{inputs.parameters.parent-dag-id}}',
        '--pipeline_name',
        pipelineName,
        '--run_id',
        runId,
      ],
    },
  };
}
