import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useAuthSession } from '@/lib/auth/auth-context.tsx';
import { useConfig } from '@/lib/config-context.tsx';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths, sectionOf } from '@/lib/paths.ts';
import {
  NamespaceContext,
  type NamespaceState,
  type NamespaceStatus,
} from './namespace-context.ts';
import { guessMultiUser } from '../route-prefetch.ts';
import { appQueries } from './namespace-queries.ts';
import { recallNamespace, rememberNamespace, resolveNamespace } from './resolve-namespace.ts';

/**
 * Multi-user mode comes from healthz; the namespaces from env-info or the static config list; the current
 * one from `?ns=` (else the remembered one, else the first).
 */
export function NamespaceProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const client = useKfpClient();
  const session = useAuthSession();
  const queries = appQueries(client);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('ns');

  const healthz = useQuery(queries.healthz());
  // Until healthz answers, the start-up's guess (route-prefetch.ts): a single-user server shows the
  // page at once (its list went out without a namespace); a wrong guess is corrected when it answers.
  const singleUserGuess = useMemo(
    () => guessMultiUser({ client, session }, requested ?? '') === false,
    [client, session, requested],
  );
  const multiUser = healthz.data?.multi_user === true;
  const list = useQuery({ ...queries.namespaces(config.namespaces), enabled: multiUser });
  const { data: listData, error: listError, refetch: refetchList } = list;
  const { error: healthzError, refetch: refetchHealthz } = healthz;
  const healthzPending = healthz.isPending;
  const listPending = list.isPending;

  const status = useMemo((): NamespaceStatus => {
    if (healthzError)
      return { kind: 'error', error: healthzError, retry: () => void refetchHealthz() };
    if (healthzPending) return singleUserGuess ? { kind: 'ready' } : { kind: 'loading' };
    if (!multiUser) return { kind: 'ready' };
    if (listError) return { kind: 'error', error: listError, retry: () => void refetchList() };
    if (listPending || !listData) return { kind: 'loading' };
    const resolution = resolveNamespace({
      multiUser,
      available: listData.namespaces,
      openEnded: listData.openEnded,
      requested,
      remembered: recallNamespace(),
    });
    return resolution.kind === 'ok' || resolution.kind === 'single-user'
      ? { kind: 'ready' }
      : resolution;
  }, [
    healthzError,
    healthzPending,
    singleUserGuess,
    refetchHealthz,
    multiUser,
    listError,
    listPending,
    listData,
    refetchList,
    requested,
  ]);

  const namespace = multiUser && status.kind === 'ready' ? (requested ?? undefined) : undefined;
  const available = listData?.namespaces;

  useEffect(() => {
    if (namespace && available?.includes(namespace)) rememberNamespace(namespace);
  }, [namespace, available]);

  const value = useMemo((): NamespaceState => {
    const offered = available ?? [];
    return {
      status,
      multiUser,
      namespace,
      namespaces: namespace && !offered.includes(namespace) ? [...offered, namespace] : offered,
      envUser: listData?.user,
      setNamespace: (next) => {
        rememberNamespace(next);
        void navigate(paths.section(sectionOf(pathname) ?? 'pipelines', { ns: next }));
      },
    };
  }, [status, multiUser, namespace, available, listData?.user, navigate, pathname]);

  return <NamespaceContext value={value}>{children}</NamespaceContext>;
}
