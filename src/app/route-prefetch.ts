import type { QueryClient } from '@tanstack/react-query';
import { prefetchExperimentsList } from '@/features/experiments/api/experiments-list-prefetch.ts';
import { prefetchPipelinesList } from '@/features/pipelines/api/pipelines-list-prefetch.ts';
import { pipelineDetailQueries } from '@/features/pipelines/api/pipeline-detail-queries.ts';
import { runDetailQueries } from '@/features/runs/api/run-detail.ts';
import { isArgoWorkflow, specOfRun } from '@/features/runs/model/run-detail.ts';
import { prefetchRunsList } from '@/features/runs/api/runs-list-prefetch.ts';
import type { AuthSession } from '@/lib/auth/types.ts';
import type { AppConfig } from '@/lib/config.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { rememberGranted, wasGranted } from './namespace/granted-hint.ts';
import { appQueries } from './namespace/namespace-queries.ts';

/**
 * Route loaders start the requests a page needs while its code still loads (DESIGN.md §6): healthz and
 * the user's namespaces for the shell, the list a list page shows (and, for runs, every name on it).
 * They only fill the query cache and never hold a navigation: the pages read the same query keys, so
 * nothing is asked twice, and a failure is left for the page's own query to show and retry.
 */
export interface PrefetchContext {
  readonly queryClient: QueryClient;
  readonly client: KfpClient;
  readonly session: Pick<AuthSession, 'mode' | 'getUser'>;
  readonly config: Pick<AppConfig, 'namespaces'>;
}

/** Whether the server was multi-user last time (healthz), so the next load need not wait for it. */
const MULTI_USER_HINT = 'kfp-dashboard:multi-user:';

const serverOf = (client: KfpClient) => `${client.origin}${client.baseUrl}`;

function readHint(client: KfpClient): boolean | undefined {
  try {
    const value = window.localStorage.getItem(`${MULTI_USER_HINT}${serverOf(client)}`);
    return value === null ? undefined : value === '1';
  } catch {
    return undefined;
  }
}

function writeHint(client: KfpClient, multiUser: boolean): void {
  try {
    window.localStorage.setItem(`${MULTI_USER_HINT}${serverOf(client)}`, multiUser ? '1' : '0');
  } catch {
    // Without storage the next load waits for healthz: slower, not wrong.
  }
}

const ignore = () => undefined;

/**
 * healthz (then the hint for the next load) and, on a multi-user server, the user's namespaces (then
 * what they were granted, for the next load: granted-hint.ts).
 */
function shellQueries(ctx: PrefetchContext, url: URL): Promise<boolean> {
  const queries = appQueries(ctx.client);
  const multiUser = ctx.queryClient.query(queries.healthz()).then((healthz) => {
    writeHint(ctx.client, healthz.multi_user);
    return healthz.multi_user;
  });
  const namespaces = () =>
    void ctx.queryClient
      .query(queries.namespaces(ctx.config.namespaces))
      .then((list) => rememberGranted(serverOf(ctx.client), ctx.session.getUser(), list), ignore);
  // Multi-user by the hint (or, before any, by a `?ns=`): ask for the namespaces at once, beside healthz.
  if (readHint(ctx.client) ?? url.searchParams.has('ns')) namespaces();
  else void multiUser.then((yes) => (yes ? namespaces() : undefined), ignore);
  return multiUser;
}

/** The root route's loader: the shell's requests (settles when healthz answered; never rejects). */
export function prefetchShell(ctx: PrefetchContext, request: Request): Promise<void> {
  return shellQueries(ctx, new URL(request.url)).then(ignore, ignore);
}

/**
 * The namespace a page's lists use, as the shell will settle it: `?ns=` on a multi-user server, none
 * on a single-user one, null when the shell will redirect first (a multi-user server and no `?ns=`:
 * the loader runs again then). The last healthz (the hint) decides, or else the first guess (a `?ns=`:
 * multi-user; auth mode `none`: single-user), or else healthz. A wrong guess costs one request the
 * page does not use (its own query asks again).
 */
async function pageScope(
  ctx: PrefetchContext,
  url: URL,
): Promise<{ readonly multiUser: boolean; readonly namespace: string | undefined } | null> {
  const requested = url.searchParams.get('ns') ?? '';
  const multiUser = guessMultiUser(ctx, requested) ?? (await shellQueries(ctx, url));
  if (!multiUser) return { multiUser, namespace: undefined };
  if (requested === '') return null;
  // Granted on the last load: the list goes out beside env-info, not after it.
  const granted =
    wasGranted(serverOf(ctx.client), ctx.session.getUser(), requested) ||
    (await mayUse(ctx, requested));
  return granted ? { multiUser, namespace: requested } : null;
}

/**
 * Whether the server is multi-user before healthz answers: the last healthz (the hint), or else the
 * first guess; undefined when only healthz can tell. The shell (namespace-provider.tsx) shows a page
 * of a single-user guess at once, as its loaders asked without a namespace.
 */
export function guessMultiUser(
  ctx: Pick<PrefetchContext, 'client' | 'session'>,
  requested: string,
): boolean | undefined {
  return readHint(ctx.client) ?? firstGuess(ctx, requested);
}

/**
 * Before any healthz (a first visit): a `?ns=` says multi-user; a dashboard without sign-in (auth mode
 * `none`) is taken as single-user, like a standalone KFP (a multi-user KFP needs to know the user:
 * its gateway signs in, mode `proxy` or `oidc`), so its list need not wait for healthz. Otherwise
 * healthz decides.
 */
function firstGuess(ctx: Pick<PrefetchContext, 'session'>, requested: string): boolean | undefined {
  if (requested !== '') return true;
  return ctx.session.mode === 'none' ? false : undefined;
}

/**
 * Whether the user has a role in `namespace` (env-info, or the configured list), so a loader never
 * asks for another user's namespace (unless env-info granted it to this user on the last load): the
 * page would refuse it anyway, and the server's 403 is a console error. The namespaces are usually
 * cached or already on their way (shellQueries).
 */
async function mayUse(ctx: PrefetchContext, namespace: string): Promise<boolean> {
  try {
    const list = await ctx.queryClient.query(
      appQueries(ctx.client).namespaces(ctx.config.namespaces),
    );
    return list.openEnded || list.namespaces.includes(namespace);
  } catch {
    return false;
  }
}

type ListPrefetch = (
  ctx: PrefetchContext,
  scope: { readonly multiUser: boolean; readonly namespace: string | undefined },
  params: URLSearchParams,
) => Promise<void>;

const lists = {
  runs: (ctx, scope, params) =>
    prefetchRunsList(ctx.queryClient, ctx.client, ctx.session, scope.namespace, params),
  pipelines: (ctx, scope, params) =>
    prefetchPipelinesList(ctx.queryClient, ctx.client, scope.namespace, scope.multiUser, params),
  experiments: (ctx, scope, params) =>
    prefetchExperimentsList(ctx.queryClient, ctx.client, scope.namespace, params),
} satisfies Record<string, ListPrefetch>;

/** A list route's loader: the page of the list its URL shows (settles when it is cached; never rejects). */
export function prefetchList(
  ctx: PrefetchContext,
  list: keyof typeof lists,
  request: Request,
): Promise<void> {
  const url = new URL(request.url);
  return pageScope(ctx, url)
    .then((scope) => (scope === null ? undefined : lists[list](ctx, scope, url.searchParams)))
    .catch(ignore);
}

const listPages: Readonly<Record<string, keyof typeof lists>> = {
  '/runs': 'runs',
  '/pipelines': 'pipelines',
  '/experiments': 'experiments',
};

/**
 * The loaders of the page at `request`'s URL, run by the start-up before the router (and React) have
 * loaded: the shell's requests and, on a list page, its list. The router's own loaders then find them
 * cached or on their way. Never rejects.
 */
export function prefetchPage(ctx: PrefetchContext, request: Request): void {
  void prefetchShell(ctx, request);
  const pathname = new URL(request.url).pathname.replace(/\/+$/, '');
  const list = listPages[pathname];
  if (list !== undefined) void prefetchList(ctx, list, request);
  const run = /^\/runs\/([^/]+)$/.exec(pathname)?.[1];
  if (run !== undefined && run !== 'new') void prefetchRun(ctx, decodeURIComponent(run));
}

/**
 * The run page's loader: the chain its graph waits for, each read as soon as the one before answers
 * (the page would start each only after its code loaded and rendered): the run, its spec (the pipeline
 * version, in the cache entry the header's version link reads, as the page does:
 * routes/run-details/use-run-page-sources.ts) and, for a v1 run, its v1beta1 read. Same keys as the
 * page; settles when cached; never rejects.
 */
export async function prefetchRun(ctx: PrefetchContext, runId: string): Promise<void> {
  const { queryClient, client } = ctx;
  const queries = runDetailQueries(client, (pipelineId, versionId) =>
    queryClient.query(pipelineDetailQueries(client).version(pipelineId, versionId)),
  );
  try {
    const run = await queryClient.query(queries.run(runId));
    const source = specOfRun(run);
    if (source.kind === 'none') return;
    const spec = await queryClient.query(queries.spec(runId, source));
    if (isArgoWorkflow(spec)) await queryClient.query(queries.v1(runId, false));
  } catch {
    // The page's own queries show and retry a failure.
  }
}
