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
import {
  prefetchList,
  prefetchPage,
  prefetchShell,
  type PrefetchContext,
} from './route-prefetch.ts';

const NS = 'kubeflow-alice';
const session = { mode: 'oidc' as const, getUser: () => null };

/** A client that records the path of every request it sends. */
function recording(client: KfpClient): { client: KfpClient; paths: string[]; events: string[] } {
  const paths: string[] = [];
  // Requests and answers in order, by the last part of their path ("runs", "answered healthz").
  const events: string[] = [];
  const record = async <T>(path: string, call: () => Promise<T>) => {
    const { pathname } = new URL(path, client.origin);
    const name = pathname.replace(/^.*\//, '');
    paths.push(pathname);
    events.push(name);
    const answer = await call();
    events.push(`answered ${name}`);
    return answer;
  };
  return {
    paths,
    events,
    client: {
      ...client,
      get: (path, parse, options) => record(path, () => client.get(path, parse, options)),
    },
  };
}

async function context(
  multiUser: boolean,
  mode: 'oidc' | 'none' = 'oidc',
): Promise<PrefetchContext & { paths: string[]; events: string[] }> {
  const emulator = await createTestEmulator({ multiUser });
  const { client, paths, events } = recording(emulator.client(multiUser ? 'alice' : undefined));
  return {
    queryClient: createTestQueryClient(),
    client,
    session: { ...session, mode },
    config: testConfig,
    paths,
    events,
  };
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

  it('lists beside env-info, not after it, in a namespace env-info granted the user on the last load', async () => {
    const alice = { name: 'alice', email: 'alice@example.com', subject: 'alice' };
    const load = async () => {
      const ctx = {
        ...(await context(true)),
        session: { mode: 'oidc' as const, getUser: () => alice },
      };
      const shell = prefetchShell(ctx, at(`/runs?ns=${NS}`));
      await prefetchList(ctx, 'runs', at(`/runs?ns=${NS}`));
      await shell;
      return ctx.events;
    };
    const first = await load();
    expect(first.indexOf('runs')).toBeGreaterThan(first.indexOf('answered env-info'));
    // The next load (same browser, a fresh page) knows alice may use the namespace.
    const next = await load();
    expect(next.indexOf('runs')).toBeLessThan(next.indexOf('answered env-info'));
    // Another namespace still waits for env-info's word.
    const ctx = {
      ...(await context(true)),
      session: { mode: 'oidc' as const, getUser: () => alice },
    };
    await prefetchList(ctx, 'runs', at('/runs?ns=kubeflow-bob'));
    expect(ctx.events.filter((event) => event === 'runs')).toEqual([]);
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

  it('on a first visit without sign-in (auth mode none) lists at once, beside healthz, taking the server as single-user', async () => {
    const ctx = await context(false, 'none');
    const shell = prefetchShell(ctx, at('/runs'));
    await prefetchList(ctx, 'runs', at('/runs'));
    await shell;
    expect(ctx.events.slice(0, 2)).toEqual(['healthz', 'runs']);
    expect(
      ctx.queryClient.getQueryData(runKeys.list(runListRequest(new URLSearchParams(), undefined))),
    ).toBeDefined();
  });

  it('on a first visit with sign-in and no namespace in the URL, waits for healthz before listing', async () => {
    const ctx = await context(false, 'oidc');
    const shell = prefetchShell(ctx, at('/runs'));
    await prefetchList(ctx, 'runs', at('/runs'));
    await shell;
    expect(ctx.events.slice(0, 3)).toEqual(['healthz', 'answered healthz', 'runs']);
  });

  it("runs the page's loaders before the router exists: the shell's requests and a list page's list", async () => {
    const ctx = await context(true);
    prefetchPage(ctx, at(`/experiments/?ns=${NS}`));
    await expect
      .poll(() =>
        ctx.queryClient.getQueryData(
          experimentKeys.list(experimentListRequest(new URLSearchParams(), NS)),
        ),
      )
      .toBeDefined();
    const other = await context(true);
    prefetchPage(other, at(`/runs/some-run?ns=${NS}`));
    await expect.poll(() => other.queryClient.getQueryData(appKeys.healthz())).toBeDefined();
    expect(other.paths.some((path) => path.endsWith('/runs'))).toBe(false);
  });
});
