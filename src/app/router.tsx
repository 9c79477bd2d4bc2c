import { createBrowserRouter, redirect, type LoaderFunction, type RouteObject } from 'react-router';
import { loadMlmd } from '@/lib/mlmd/load.ts';
import { paths } from '@/lib/paths.ts';
import { RouteErrorBoundary } from './errors/route-error-boundary.tsx';
import { RootErrorBoundary, RootHydrateFallback, RootLayout } from './root-layout.tsx';
import { isListPage, pageCode, pageCodeFor } from './route-code.ts';
import * as experimentsList from './routes/experiments-list.tsx';
import * as pipelinesList from './routes/pipelines-list.tsx';
import * as runsList from './routes/runs-list.tsx';
import {
  prefetchList,
  prefetchRun,
  prefetchShell,
  type PrefetchContext,
} from './route-prefetch.ts';

const ROOT_ID = 'root';
const LIST_IDS = {
  runsList: 'runs-list',
  pipelinesList: 'pipelines-list',
  experimentsList: 'experiments-list',
} as const;

/**
 * The route table (DESIGN.md §2). One lazy module per URL in ./routes, each exporting `Component`
 * and `ErrorBoundary` by name; any other URL gets the 404 page.
 *
 * With a PrefetchContext the routes get loaders that start their requests while the route's code
 * loads (route-prefetch.ts); without one (tests) they have none. Each page's code: route-code.ts.
 * The three list pages are no lazy routes: they are in the router's own chunk (vite.config.ts), so
 * the first page can render at once (createAppRouter).
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
      id: ROOT_ID,
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
              id: LIST_IDS.pipelinesList,
              path: 'pipelines',
              loader: loader((context, request) => prefetchList(context, 'pipelines', request)),
              Component: pipelinesList.Component,
              ErrorBoundary: pipelinesList.ErrorBoundary,
            },
            { path: 'pipelines/upload', lazy: pageCode.pipelinesUpload },
            { path: 'pipelines/:pipelineId', lazy: pageCode.pipelineDetails },
            {
              id: LIST_IDS.experimentsList,
              path: 'experiments',
              loader: loader((context, request) => prefetchList(context, 'experiments', request)),
              Component: experimentsList.Component,
              ErrorBoundary: experimentsList.ErrorBoundary,
            },
            { path: 'experiments/new', lazy: pageCode.experimentsNew },
            {
              path: 'experiments/:experimentId',
              lazy: pageCode.experimentDetails,
            },
            {
              id: LIST_IDS.runsList,
              path: 'runs',
              loader: loader((context, request) => prefetchList(context, 'runs', request)),
              Component: runsList.Component,
              ErrorBoundary: runsList.ErrorBoundary,
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

/**
 * The loader data the first page starts with, so that the router needs not run its loaders before
 * the first render: on a list page (no lazy code) React then draws the shell and the page in one go,
 * with the rows when the list is cached, instead of a loading screen and a transition rendered in
 * slices after the loaders. The start-up (start.ts) already ran those loaders' requests. Undefined on
 * other pages: they load their code first.
 */
export function initialLoaderData(pathname: string): Record<string, null> | undefined {
  const page = pageCodeFor(pathname);
  if (!isListPage(page)) return undefined;
  return { [ROOT_ID]: null, [LIST_IDS[page]]: null };
}

export function createAppRouter(ctx: PrefetchContext) {
  const loaderData = initialLoaderData(window.location.pathname);
  return createBrowserRouter(
    appRoutes(ctx),
    loaderData === undefined ? undefined : { hydrationData: { loaderData } },
  );
}
