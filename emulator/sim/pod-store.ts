import type { PodSnapshot, PodStore } from './types.ts';

/** Simulated pods kept in memory by name (what `GET /k8s/pod` and its events read). */
export function createPodStore(): PodStore {
  const pods = new Map<string, PodSnapshot>();
  return {
    put: (pod) => void pods.set(pod.name, pod),
    get: (podName) => pods.get(podName),
    remove: (podName) => void pods.delete(podName),
  };
}
