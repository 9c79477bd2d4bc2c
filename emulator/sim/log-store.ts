import type { LogStore, PodLog } from './types.ts';

/** Pod logs kept in memory by pod name. */
export function createLogStore(): LogStore {
  const logs = new Map<string, PodLog>();
  return {
    put: (podName, log) => void logs.set(podName, log),
    get: (podName) => logs.get(podName),
    remove: (podName) => void logs.delete(podName),
  };
}
