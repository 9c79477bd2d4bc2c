import { beforeEach, describe, expect, it } from 'vitest';
import { experimentKeys } from '@/features/experiments/api/experiment-keys.ts';
import { experimentListRequest } from '@/features/experiments/api/experiments-list-prefetch.ts';
import { pipelineKeys } from '@/features/pipelines/api/pipeline-keys.ts';
import { pipelineListRequest } from '@/features/pipelines/api/pipelines-list-prefetch.ts';
import { runKeys } from '@/features/runs/api/run-keys.ts';
import { runListRequest } from '@/features/runs/api/runs-list-prefetch.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { createTestQueryClient, testConfig } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { appKeys } from './namespace/namespace-queries.ts';
import { prefetchList, prefetchShell, type PrefetchContext } from './route-prefetch.ts';

const NS = 'kubeflow-alice';
const session = { mode: 'oidc' as const, getUser: () => null };

/** A client that records the path of every request it sends. */
function recording(client: KfpClient): { client: KfpClient; paths: string[] } {
  const paths: string[] = [];
  const record = <T>(path: string, call: () => Promise<T>) => {
    paths.push(new URL(path, client.origin).pathname);
    return call();
  };
  return {
    paths,
    client: {
      ...client,
      get: (path, parse, options) => record(path, () => client.get(path, parse, options)),
    },
  };
}

async function context(multiUser: boolean): Promise<PrefetchContext & { paths: string[] }> {
  const emulator = await createTestEmulator({ multiUser });
  const { client, paths } = recording(emulator.client(multiUser ? 'alice' : undefined));
  return { queryClient: createTestQueryClient(), client, session, config: testConfig, paths };
}

const at = (path: string) => new Request(`http://127.0.0.1:4173${path}`);

describe('route prefetch (loaders)', () => {
  beforeEach(() => localStorage.clear());

  it('puts the runs page of the URL and every name on it into the keys the table reads, without waiting for healthz', async () => {
    const ctx = await context(true);
    const shell = prefetchShell(ctx, at(`/runs?ns=${NS}&size=50`));
    await prefetchList(ctx, 'runs', at(`/runs?ns=${NS}&size=50`));
    await shell;
    const request = runListRequest(new URLSearchParams('size=50'), NS);
    expect(ctx.queryClient.getQueryData(runKeys.list(request))).toBeDefined();
    expect(ctx.queryClient.getQueryData(appKeys.healthz())).toMatchObject({ multi_user: true });
    expect(ctx.queryClient.getQueryData(appKeys.namespaces(testConfig.namespaces))).toBeDefined();
    // healthz, env-info and the list all started at once, before any answer.
    expect(
      ctx.paths
        .slice(0, 3)
        .map((path) => path.replace(/^.*\//, ''))
        .sort(),
    ).toEqual(['env-info', 'healthz', 'runs']);
  });

  it('lists pipelines and experiments of the namespace the URL names', async () => {
    const ctx = await context(true);
    await prefetchList(ctx, 'pipelines', at(`/pipelines?ns=${NS}`));
    await prefetchList(ctx, 'experiments', at(`/experiments?ns=${NS}&q=x`));
    const pipelines = pipelineListRequest(new URLSearchParams(), NS, true);
    const experiments = experimentListRequest(new URLSearchParams('q=x'), NS);
    expect(ctx.queryClient.getQueryData(pipelineKeys.list(pipelines))).toBeDefined();
    expect(ctx.queryClient.getQueryData(experimentKeys.list(experiments))).toBeDefined();
  });

  it('asks for nothing on a multi-user server when the URL has no namespace yet (the shell redirects first)', async () => {
    const ctx = await context(true);
    await prefetchShell(ctx, at(`/runs?ns=${NS}`));
    ctx.paths.length = 0;
    await prefetchList(ctx, 'runs', at('/runs'));
    expect(ctx.paths).toEqual([]);
  });

  it('lists without a namespace on a single-user server, even when the URL names one', async () => {
    const ctx = await context(false);
    await prefetchShell(ctx, at('/runs'));
    await prefetchList(ctx, 'runs', at(`/runs?ns=${NS}`));
    expect(
      ctx.queryClient.getQueryData(runKeys.list(runListRequest(new URLSearchParams(), undefined))),
    ).toBeDefined();
  });
});
