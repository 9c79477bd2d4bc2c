import {
  createBrowserRouter,
  matchRoutes,
  redirect,
  type LoaderFunction,
  type RouteObject,
} from 'react-router';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import { paths } from '@/lib/paths.ts';
import { RouteErrorBoundary } from './errors/route-error-boundary.tsx';
import { RootErrorBoundary, RootHydrateFallback, RootLayout } from './root-layout.tsx';
import { prefetchList, prefetchShell, type PrefetchContext } from './route-prefetch.ts';

/**
 * The route table (DESIGN.md §2). One lazy module per URL in ./routes, each exporting `Component`
 * and `ErrorBoundary` by name; any other URL gets the 404 page.
 *
 * With a PrefetchContext the routes get loaders that start their requests while the route's code
 * loads (route-prefetch.ts); without one (tests, `preloadRouteCode`) they have none.
 */
export function appRoutes(ctx?: PrefetchContext): RouteObject[] {
  const loader = (
    prefetch: (ctx: PrefetchContext, request: Request) => Promise<void>,
  ): LoaderFunction =>
    ctx === undefined
      ? () => null
      : ({ request }) => {
          // Not awaited: a loader never holds the navigation, it only starts requests.
          void prefetch(ctx, request);
          return null;
        };
  return [
    {
      path: paths.authCallback(),
      HydrateFallback: RootHydrateFallback,
      lazy: () => import('./routes/auth-callback.tsx'),
    },
    {
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: RootHydrateFallback,
      loader: loader(prefetchShell),
      children: [
        {
          // Page errors render inside the shell.
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              loader: ({ request }) =>
                redirect(
                  paths.pipelines({ ns: new URL(request.url).searchParams.get('ns') ?? undefined }),
                ),
            },
            {
              path: 'pipelines',
              loader: loader((context, request) => prefetchList(context, 'pipelines', request)),
              lazy: () => import('./routes/pipelines-list.tsx'),
            },
            { path: 'pipelines/upload', lazy: () => import('./routes/pipelines-upload.tsx') },
            { path: 'pipelines/:pipelineId', lazy: () => import('./routes/pipeline-details.tsx') },
            {
              path: 'experiments',
              loader: loader((context, request) => prefetchList(context, 'experiments', request)),
              lazy: () => import('./routes/experiments-list.tsx'),
            },
            { path: 'experiments/new', lazy: () => import('./routes/experiments-new.tsx') },
            {
              path: 'experiments/:experimentId',
              lazy: () => import('./routes/experiment-details.tsx'),
            },
            {
              path: 'runs',
              loader: loader((context, request) => prefetchList(context, 'runs', request)),
              lazy: () => import('./routes/runs-list.tsx'),
            },
            { path: 'runs/new', lazy: () => import('./routes/runs-new.tsx') },
            { path: 'runs/:runId', lazy: () => import('./routes/run-details.tsx') },
            { path: 'compare', lazy: () => import('./routes/compare.tsx') },
            { path: 'recurring-runs', lazy: () => import('./routes/recurring-runs-list.tsx') },
            {
              path: 'recurring-runs/:recurringRunId',
              lazy: () => import('./routes/recurring-run-details.tsx'),
            },
            {
              path: 'artifacts',
              loader: loadMetadataClient,
              lazy: () => import('./routes/artifacts-list.tsx'),
            },
            {
              path: 'artifacts/:artifactId',
              loader: loadMetadataClient,
              lazy: () => import('./routes/artifact-details.tsx'),
            },
            {
              path: 'executions',
              loader: loadMetadataClient,
              lazy: () => import('./routes/executions-list.tsx'),
            },
            {
              path: 'executions/:executionId',
              loader: loadMetadataClient,
              lazy: () => import('./routes/execution-details.tsx'),
            },
            { path: '*', lazy: () => import('./routes/not-found.tsx') },
          ],
        },
      ],
    },
  ];
}

/**
 * The ML Metadata pages start loading the MLMD client chunk beside their route code (not after it,
 * when their first query asks for it); never awaited.
 */
function loadMetadataClient(): null {
  void loadMlmd().catch(() => undefined);
  return null;
}

/**
 * Starts loading the code of the page at `pathname` (the browser keeps the module, so the router's
 * own `lazy` finds it loaded or loading): called first thing at start, beside the config and sign-in.
 */
export function preloadRouteCode(pathname: string): void {
  for (const match of matchRoutes(appRoutes(), pathname) ?? []) {
    const { lazy } = match.route;
    if (typeof lazy === 'function') void Promise.resolve(lazy()).catch(() => undefined);
  }
}

export function createAppRouter(ctx: PrefetchContext) {
  return createBrowserRouter(appRoutes(ctx));
}
