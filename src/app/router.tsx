import { createBrowserRouter, redirect, type LoaderFunction, type RouteObject } from 'react-router';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import { paths } from '@/lib/paths.ts';
import { RouteErrorBoundary } from './errors/route-error-boundary.tsx';
import { RootErrorBoundary, RootHydrateFallback, RootLayout } from './root-layout.tsx';
import { pageCode } from './route-code.ts';
import {
  prefetchList,
  prefetchRun,
  prefetchShell,
  type PrefetchContext,
} from './route-prefetch.ts';

/**
 * The route table (DESIGN.md §2). One lazy module per URL in ./routes, each exporting `Component`
 * and `ErrorBoundary` by name; any other URL gets the 404 page.
 *
 * With a PrefetchContext the routes get loaders that start their requests while the route's code
 * loads (route-prefetch.ts); without one (tests) they have none. Each page's code: route-code.ts.
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
      lazy: pageCode.authCallback,
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
              lazy: pageCode.pipelinesList,
            },
            { path: 'pipelines/upload', lazy: pageCode.pipelinesUpload },
            { path: 'pipelines/:pipelineId', lazy: pageCode.pipelineDetails },
            {
              path: 'experiments',
              loader: loader((context, request) => prefetchList(context, 'experiments', request)),
              lazy: pageCode.experimentsList,
            },
            { path: 'experiments/new', lazy: pageCode.experimentsNew },
            {
              path: 'experiments/:experimentId',
              lazy: pageCode.experimentDetails,
            },
            {
              path: 'runs',
              loader: loader((context, request) => prefetchList(context, 'runs', request)),
              lazy: pageCode.runsList,
            },
            { path: 'runs/new', lazy: pageCode.runsNew },
            {
              path: 'runs/:runId',
              loader: loader((context, request) =>
                prefetchRun(context, decodeURIComponent(runIdOf(request))),
              ),
              lazy: pageCode.runDetails,
            },
            { path: 'compare', lazy: pageCode.compare },
            { path: 'recurring-runs', lazy: pageCode.recurringRunsList },
            {
              path: 'recurring-runs/:recurringRunId',
              lazy: pageCode.recurringRunDetails,
            },
            {
              path: 'artifacts',
              loader: loadMetadataClient,
              lazy: pageCode.artifactsList,
            },
            {
              path: 'artifacts/:artifactId',
              loader: loadMetadataClient,
              lazy: pageCode.artifactDetails,
            },
            {
              path: 'executions',
              loader: loadMetadataClient,
              lazy: pageCode.executionsList,
            },
            {
              path: 'executions/:executionId',
              loader: loadMetadataClient,
              lazy: pageCode.executionDetails,
            },
            { path: '*', lazy: pageCode.notFound },
          ],
        },
      ],
    },
  ];
}

/** The run id of a `/runs/:runId` URL (the loader's request). */
function runIdOf(request: Request): string {
  return new URL(request.url).pathname.split('/').findLast((part) => part !== '') ?? '';
}

/**
 * The ML Metadata pages start loading the MLMD client chunk beside their route code (not after it,
 * when their first query asks for it); never awaited.
 */
function loadMetadataClient(): null {
  void loadMlmd().catch(() => undefined);
  return null;
}

export function createAppRouter(ctx: PrefetchContext) {
  return createBrowserRouter(appRoutes(ctx));
}
