import type { PodMount, PodSpecInfo, PodVolume } from './types.ts';
import { arrayField, asNumber, asObject, asString, entries, field, stringField } from './json.ts';
import type { JsonValue } from '../lib/json.ts';

/**
 * What a simulated pod's spec holds, read from the Argo template (v1) or from the IR executor and
 * the Kubernetes platform spec (v2), the way Argo and KFP's driver build the real pod.
 */

const GPU = 'nvidia.com/gpu';

/** Why the scheduler leaves a GPU pod Pending on a cluster without a free GPU (kube-scheduler's words). */
export const NO_GPU_MESSAGE =
  '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

/** Argo mounts this in every pod (its executor's emissary binary and the main container's state). */
const argoVolume: PodVolume = { name: 'var-run-argo', kind: 'emptyDir' };
const argoMount: PodMount = { name: 'var-run-argo', mountPath: '/var/run/argo', readOnly: false };

function quantities(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, quantity] of entries(value)) {
    const text =
      asString(quantity) ?? (typeof quantity === 'number' ? String(quantity) : undefined);
    if (text !== undefined) out[name] = text;
  }
  return out;
}

function mounts(container: JsonValue | undefined): PodMount[] {
  return arrayField(container, 'volumeMounts').flatMap((m) => {
    const name = stringField(m, 'name');
    const mountPath = stringField(m, 'mountPath');
    return name !== undefined && mountPath !== undefined
      ? [{ name, mountPath, readOnly: field(m, 'readOnly') === true }]
      : [];
  });
}

function volumes(list: readonly JsonValue[]): PodVolume[] {
  return list.flatMap((v): PodVolume[] => {
    const name = stringField(v, 'name');
    if (name === undefined) return [];
    const claimName = stringField(v, 'persistentVolumeClaim', 'claimName');
    return [
      claimName !== undefined
        ? { name, claimName, kind: 'persistentVolumeClaim' }
        : { name, kind: 'emptyDir' },
    ];
  });
}

/** A GPU pod that `pending_task` keeps unschedulable: its GPU limit (1 when it asked for none). */
function withPending(spec: Omit<PodSpecInfo, 'unschedulable'>, pending: boolean): PodSpecInfo {
  if (!pending) return spec;
  const gpus = spec.limits[GPU] ?? '1';
  return {
    ...spec,
    requests: { ...spec.requests, [GPU]: gpus },
    limits: { ...spec.limits, [GPU]: gpus },
    unschedulable: NO_GPU_MESSAGE,
  };
}

/** v1: an Argo container/script template, with the workflow's `spec.volumes`. */
export function argoPodSpec(
  template: JsonValue | undefined,
  workflowVolumes: readonly JsonValue[],
  base: { templateName: string; nodeName: string; image: string; command: readonly string[] },
  pending: boolean,
): PodSpecInfo {
  const container = asObject(field(template, 'container')) ?? asObject(field(template, 'script'));
  const templateMounts = mounts(container);
  const declared = volumes([...workflowVolumes, ...arrayField(template, 'volumes')]);
  const used = declared.filter((v) => templateMounts.some((m) => m.name === v.name));
  return withPending(
    {
      ...base,
      requests: quantities(field(container, 'resources', 'requests')),
      limits: quantities(field(container, 'resources', 'limits')),
      volumes: [...used, argoVolume],
      mounts: [...templateMounts, argoMount],
    },
    pending,
  );
}

/** `cpuLimit: 2` / `resourceCpuLimit: "2"`, `memoryLimit: 4.0` (GB) / `resourceMemoryLimit: "4G"`. */
function irQuantity(
  resources: JsonValue | undefined,
  name: string,
  unit: string,
): string | undefined {
  const upper = name.charAt(0).toUpperCase() + name.slice(1);
  const text = stringField(resources, `resource${upper}`);
  if (text !== undefined && text !== '') return text;
  const number = asNumber(field(resources, name));
  return number === undefined ? undefined : `${number}${unit}`;
}

/**
 * v2: the executor's container resources (IR `resources`), and the PVCs of the Kubernetes platform
 * spec (`pvcMount`), which KFP's driver mounts under the claim's name.
 */
export function irPodSpec(
  container: JsonValue | undefined,
  platformExecutor: JsonValue | undefined,
  base: { templateName: string; nodeName: string; image: string; command: readonly string[] },
  pending: boolean,
): PodSpecInfo {
  const resources = field(container, 'resources');
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  const cpuLimit = irQuantity(resources, 'cpuLimit', '');
  const memoryLimit = irQuantity(resources, 'memoryLimit', 'G');
  const cpuRequest = irQuantity(resources, 'cpuRequest', '');
  const memoryRequest = irQuantity(resources, 'memoryRequest', 'G');
  if (cpuLimit !== undefined) limits.cpu = cpuLimit;
  if (memoryLimit !== undefined) limits.memory = memoryLimit;
  if (cpuRequest !== undefined) requests.cpu = cpuRequest;
  if (memoryRequest !== undefined) requests.memory = memoryRequest;
  const accelerator = field(resources, 'accelerator');
  const gpuType = stringField(accelerator, 'resourceType') ?? stringField(accelerator, 'type');
  const gpuCount = stringField(accelerator, 'resourceCount') ?? stringField(accelerator, 'count');
  if (gpuType !== undefined && gpuCount !== undefined) limits[gpuType] = gpuCount;
  const pvcVolumes: PodVolume[] = [];
  const pvcMounts: PodMount[] = [];
  for (const pvc of arrayField(platformExecutor, 'pvcMount')) {
    const claim =
      stringField(pvc, 'constant') ??
      stringField(pvc, 'pvcNameParameter', 'runtimeValue', 'constant') ??
      stringField(pvc, 'pvcName');
    const mountPath = stringField(pvc, 'mountPath');
    if (claim === undefined || mountPath === undefined) continue;
    if (!pvcVolumes.some((v) => v.name === claim))
      pvcVolumes.push({ name: claim, claimName: claim, kind: 'persistentVolumeClaim' });
    pvcMounts.push({ name: claim, mountPath, readOnly: field(pvc, 'readOnly') === true });
  }
  return withPending(
    {
      ...base,
      requests,
      limits,
      volumes: [...pvcVolumes, { name: 'kfp-launcher', kind: 'emptyDir' }, argoVolume],
      mounts: [
        ...pvcMounts,
        { name: 'kfp-launcher', mountPath: '/kfp-launcher', readOnly: false },
        argoMount,
      ],
    },
    pending,
  );
}

/** A KFP v2 driver pod: the driver image, small fixed resources, no volumes of the user's. */
export function driverPodSpec(base: { templateName: string; nodeName: string }): PodSpecInfo {
  return {
    ...base,
    image: 'ghcr.io/kubeflow/kfp-driver:2.17.0',
    command: ['driver'],
    requests: { cpu: '100m', memory: '64Mi' },
    limits: { cpu: '500m', memory: '512Mi' },
    volumes: [argoVolume],
    mounts: [argoMount],
  };
}
