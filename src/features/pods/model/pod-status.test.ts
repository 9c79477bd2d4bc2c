import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/kfp/errors.ts';
import { parseK8sEventList, parseK8sPod } from '@/lib/kfp/wire/pod.ts';
import { newestFirst, resourceRows, volumeRows } from './pod-resources.ts';
import { podProblem } from './pod-problem.ts';
import { pendingReason, podHeadline } from './pod-status.ts';

function pod(status: Record<string, unknown>, spec: Record<string, unknown> = {}) {
  return parseK8sPod(
    {
      metadata: { name: 'p', namespace: 'kubeflow-alice', uid: 'u' },
      spec: {
        containers: [
          {
            name: 'wait',
            image: 'argoexec',
            volumeMounts: [{ name: 'var-run-argo', mountPath: '/var/run/argo' }],
          },
          {
            name: 'main',
            image: 'yolo:1',
            resources: {
              limits: { 'nvidia.com/gpu': '1', memory: '4Gi' },
              requests: { cpu: '500m' },
            },
            volumeMounts: [
              { name: 'var-run-argo', mountPath: '/var/run/argo' },
              { name: 'data', mountPath: '/data', readOnly: true },
            ],
          },
        ],
        volumes: [
          { name: 'var-run-argo', emptyDir: {} },
          { name: 'data', persistentVolumeClaim: { claimName: 'shared' } },
        ],
        ...spec,
      },
      status,
    },
    'pod',
  );
}

const unschedulable = {
  phase: 'Pending',
  conditions: [
    {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message: '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    },
  ],
};

describe('podHeadline and pendingReason', () => {
  it('says a GPU pod is unschedulable, on the node and in the panel', () => {
    const p = pod(unschedulable);
    expect(podHeadline(p)).toEqual({
      tone: 'warning',
      title: 'Pending · Unschedulable',
      detail: '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    });
    expect(pendingReason(p)).toBe(
      'Unschedulable: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    );
  });

  it('names an image that cannot be pulled', () => {
    const p = pod({
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'main',
          image: 'yolo:nope',
          ready: false,
          restartCount: 0,
          state: {
            waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "yolo:nope"' },
          },
        },
      ],
    });
    expect(podHeadline(p)).toMatchObject({ tone: 'danger', title: 'Pending · ImagePullBackOff' });
    expect(podHeadline(p).detail).toContain('Back-off pulling image');
    expect(pendingReason(p)).toBe('ImagePullBackOff: yolo:nope');
  });

  it('explains OOMKilled with the memory limit, also from the last state of a restarted container', () => {
    const p = pod({
      phase: 'Running',
      containerStatuses: [
        {
          name: 'main',
          image: 'yolo:1',
          ready: true,
          restartCount: 2,
          state: { running: { startedAt: '2026-01-01T00:00:00Z' } },
          lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
        },
      ],
    });
    expect(podHeadline(p)).toEqual({
      tone: 'danger',
      title: 'Running · OOMKilled',
      detail:
        'Container main used more memory than its limit of 4Gi and was killed (exit code 137); restarted 2 times.',
    });
    expect(pendingReason(p)).toBeUndefined();
  });

  it('gives a failed container its exit code, and a merely starting pod no note', () => {
    const failed = pod({
      phase: 'Failed',
      containerStatuses: [
        { name: 'main', image: 'i', state: { terminated: { exitCode: 1, reason: 'Error' } } },
      ],
    });
    expect(podHeadline(failed)).toEqual({
      tone: 'danger',
      title: 'Failed · Error',
      detail: 'Container main exited with code 1.',
    });
    const starting = pod({
      phase: 'Pending',
      containerStatuses: [
        { name: 'main', image: 'i', state: { waiting: { reason: 'ContainerCreating' } } },
      ],
    });
    expect(podHeadline(starting)).toEqual({ tone: 'info', title: 'Pending · ContainerCreating' });
    expect(pendingReason(starting)).toBeUndefined();
  });
});

describe('resources and volumes', () => {
  it('lists main first, cpu and memory before accelerators, with requests and limits', () => {
    expect(resourceRows(pod(unschedulable))).toEqual([
      { container: 'main', resource: 'cpu', request: '500m', accelerator: false },
      { container: 'main', resource: 'memory', limit: '4Gi', accelerator: false },
      { container: 'main', resource: 'nvidia.com/gpu', limit: '1', accelerator: true },
    ]);
  });

  it('puts PVCs first with their mount in main and read-only, Argo’s volume after', () => {
    expect(volumeRows(pod(unschedulable))).toEqual([
      {
        name: 'data',
        source: 'PersistentVolumeClaim',
        claimName: 'shared',
        system: false,
        mountPath: '/data',
        container: 'main',
        readOnly: true,
      },
      {
        name: 'var-run-argo',
        source: 'emptyDir',
        system: true,
        mountPath: '/var/run/argo',
        container: 'main',
        readOnly: false,
      },
    ]);
  });
});

describe('events', () => {
  it('reads both event shapes and sorts newest first', () => {
    const events = parseK8sEventList(
      {
        items: [
          {
            metadata: { name: 'a' },
            type: 'Warning',
            reason: 'FailedScheduling',
            message: 'no GPU',
            firstTimestamp: null,
            lastTimestamp: null,
            eventTime: '2026-01-01T00:00:00.000000Z',
            series: { count: 7, lastObservedTime: '2026-01-01T00:03:00.000000Z' },
            reportingComponent: 'default-scheduler',
            source: {},
          },
          {
            metadata: { name: 'b' },
            type: 'Normal',
            reason: 'NotTriggerScaleUp',
            message: 'no scale-up',
            firstTimestamp: '2026-01-01T00:00:01Z',
            lastTimestamp: '2026-01-01T00:02:00Z',
            count: 3,
            eventTime: null,
            source: { component: 'cluster-autoscaler' },
            involvedObject: { kind: 'Pod', fieldPath: 'spec.containers{main}' },
          },
        ],
      },
      'events',
    );
    expect(newestFirst(events).map((e) => [e.reason, e.count, e.source, e.lastTime])).toEqual([
      ['FailedScheduling', 7, 'default-scheduler', '2026-01-01T00:03:00.000000Z'],
      ['NotTriggerScaleUp', 3, 'cluster-autoscaler', '2026-01-01T00:02:00Z'],
    ]);
  });
});

describe('podProblem', () => {
  const url = '/k8s/pod';
  it.each([
    [
      new ApiError(500, 'Could not get pod p in namespace ns', undefined, url),
      'The pod is gone',
      true,
    ],
    [
      new ApiError(403, 'Access denied to namespace', undefined, url),
      'No access to this namespace',
      false,
    ],
    [
      new ApiError(404, 'Not Found', undefined, url),
      'This KFP install does not serve pod details',
      false,
    ],
    [
      new ApiError(500, 'Authorization check failed', undefined, url),
      'The UI server could not read the pod',
      false,
    ],
  ])('%s', (error, title, gone) => {
    const problem = podProblem(error, 'pod', 'p');
    expect(problem.title).toBe(title);
    expect(problem.gone).toBe(gone);
    expect(problem.message).toContain(error.message);
  });
});

describe('newestFirst', () => {
  it('compares to the second and keeps the later-listed event first within one', () => {
    const events = parseK8sEventList(
      {
        items: [
          { reason: 'Scheduled', eventTime: '2026-01-01T00:00:00.900000Z' },
          { reason: 'Pulled', firstTimestamp: '2026-01-01T00:00:00Z' },
          { reason: 'Started', firstTimestamp: '2026-01-01T00:00:00Z' },
          { reason: 'Killing', firstTimestamp: '2026-01-01T00:00:05Z' },
        ],
      },
      'events',
    );
    expect(newestFirst(events).map((e) => e.reason)).toEqual([
      'Killing',
      'Started',
      'Pulled',
      'Scheduled',
    ]);
  });
});
