import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { createExperiment, listExperiments } from '@/lib/kfp/experiments.ts';
import { equals } from '@/lib/kfp/filter.ts';
import { experimentKeys } from './experiment-keys.ts';

export interface NewExperiment {
  readonly name: string;
  readonly description: string;
  /** The current namespace; undefined in a single-user install. */
  readonly namespace: string | undefined;
}

/** Creates an experiment; the lists refresh and its details are already known. */
export function useCreateExperiment() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, description, namespace }: NewExperiment) =>
      createExperiment(client, {
        display_name: name,
        description: description || undefined,
        namespace: namespace || undefined,
      }),
    onSuccess: (experiment) => {
      queryClient.setQueryData(experimentKeys.detail(experiment.experiment_id), experiment);
      return queryClient.invalidateQueries({ queryKey: experimentKeys.anyList() });
    },
  });
}

/** The experiment a name conflict points at (there is no get-by-name call: a list filtered on the name). */
export function experimentByNameQuery(
  client: KfpClient,
  namespace: string | undefined,
  name: string,
) {
  return queryOptions({
    queryKey: [...experimentKeys.all, 'by-name', namespace ?? '', name] as const,
    queryFn: async ({ signal }) => {
      const page = await listExperiments(
        client,
        { namespace, pageSize: 1, filter: { predicates: [equals('name', name)] } },
        signal,
      );
      return page.items[0] ?? null;
    },
  });
}
