import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { RunOverlay } from '@/features/graph';
import { pendingReason, podQueries } from '@/features/pods';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';

/** Pods read for the graph's notes at most: a run with hundreds of waiting steps shows the first ones. */
const MAX_PENDING_PODS = 20;

/**
 * Why each pending step waits, read from its pod (`k8s/pod`) while it is pending: node id → reason
 * (`Unschedulable: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu…`). A pod that is merely
 * starting, or one the UI server cannot read, adds no note.
 */
export function usePendingNotes(
  overlay: RunOverlay | undefined,
  namespace: string,
): ReadonlyMap<string, string> | undefined {
  const client = useKfpClient();
  const pending = useMemo(() => {
    const out: { nodeId: string; podName: string }[] = [];
    for (const run of overlay?.nodes.values() ?? []) {
      if (run.state !== 'PENDING' || run.podName === undefined) continue;
      out.push({ nodeId: run.nodeId, podName: run.podName });
      if (out.length === MAX_PENDING_PODS) break;
    }
    return out;
  }, [overlay]);
  const queries = podQueries(client);
  return useQueries({
    queries: pending.map(({ podName }) => queries.pod({ podName, namespace }, { live: true })),
    combine: (results) => {
      const notes = new Map<string, string>();
      results.forEach((result, i) => {
        const step = pending[i];
        const reason = result.data ? pendingReason(result.data) : undefined;
        if (step && reason !== undefined) notes.set(step.nodeId, reason);
      });
      return notes.size === 0 ? undefined : notes;
    },
  });
}
