import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { runApiOf, type RunApi, type RunApiEvidence } from '../model/run-api.ts';
import { metadataKeys } from './metadata-keys.ts';

/**
 * The server's run API (native tasks or task details + ML Metadata), learnt from the first run answer
 * that shows it and kept for the session under the KFP API base (staleTime Infinity): every page
 * after that knows it before its own run has answered.
 */
export function useRunApi(run: RunApiEvidence | undefined): RunApi {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const key = metadataKeys.runApi(client.baseUrl);
  const known = useQuery({
    queryKey: key,
    // Never fetched: filled by setQueryData below from a run answer that shows the API.
    queryFn: (): RunApi => 'unknown',
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  }).data;
  const observed = run === undefined ? 'unknown' : runApiOf(run);
  useEffect(() => {
    if (observed !== 'unknown' && observed !== known) queryClient.setQueryData(key, observed);
  }, [observed, known, key, queryClient]);
  return observed === 'unknown' ? (known ?? 'unknown') : observed;
}
