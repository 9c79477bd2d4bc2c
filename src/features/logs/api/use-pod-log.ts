import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { PodLogsParams } from '@/lib/kfp/ui-server.ts';
import { logQueries, type PodLogSources } from './log-queries.ts';

/**
 * The log of a pod, followed while `running`. When the task stops running the log is read once
 * more: its last lines may have been written after the last poll.
 */
export function usePodLog(
  params: PodLogsParams,
  running: boolean,
  sources: Omit<PodLogSources, 'finished'> = {},
) {
  const client = useKfpClient();
  const query = useQuery(logQueries(client).pod(params, { follow: running, ...sources }));
  const { refetch } = query;
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) void refetch();
    wasRunning.current = running;
  }, [running, refetch]);
  return query;
}
