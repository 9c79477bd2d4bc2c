import { queryOptions } from '@tanstack/react-query';
import type { NamespacesConfig } from '@/lib/config.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getHealthz } from '@/lib/kfp/healthz.ts';
import { getEnvInfo } from '@/lib/kfp/namespaces.ts';

export interface NamespaceList {
  readonly namespaces: readonly string[];
  readonly openEnded: boolean;
  readonly user: string | undefined;
}

export const appKeys = {
  all: ['app'] as const,
  healthz: () => [...appKeys.all, 'healthz'] as const,
  namespaces: (config: NamespacesConfig) => [...appKeys.all, 'namespaces', config] as const,
};

/** App-level queries, bound to the app's one client (not part of the keys). */
export function appQueries(client: KfpClient) {
  return {
    healthz: () =>
      queryOptions({
        queryKey: appKeys.healthz(),
        queryFn: ({ signal }) => getHealthz(client, signal),
        staleTime: Infinity,
      }),
    namespaces: (config: NamespacesConfig) =>
      queryOptions({
        queryKey: appKeys.namespaces(config),
        queryFn: async ({ signal }): Promise<NamespaceList> => {
          if (config.source === 'static')
            return { namespaces: config.list, openEnded: true, user: undefined };
          const info = await getEnvInfo(client, config.envInfoUrl, signal);
          return {
            namespaces: [...new Set(info.namespaces.map((n) => n.namespace))],
            openEnded: info.isClusterAdmin,
            user: info.user || undefined,
          };
        },
        staleTime: 5 * 60_000,
      }),
  };
}
