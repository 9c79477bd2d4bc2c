import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { RouteErrorBoundary } from './errors/route-error-boundary.tsx';
import { RootErrorBoundary, RootHydrateFallback, RootLayout } from './root-layout.tsx';

/**
 * The route table (DESIGN.md §2). One lazy module per URL in ./routes, each exporting `Component`
 * and `ErrorBoundary` by name. Pages of later issues (upload, new experiment, new run, compare) join
 * here when something links to them; until then their URLs get the 404 page.
 */
export const appRoutes: RouteObject[] = [
  {
    path: paths.authCallback(),
    HydrateFallback: RootHydrateFallback,
    lazy: () => import('./routes/auth-callback.tsx'),
  },
  {
    Component: RootLayout,
    ErrorBoundary: RootErrorBoundary,
    HydrateFallback: RootHydrateFallback,
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
          { path: 'pipelines', lazy: () => import('./routes/pipelines-list.tsx') },
          { path: 'pipelines/upload', lazy: () => import('./routes/pipelines-upload.tsx') },
          { path: 'pipelines/:pipelineId', lazy: () => import('./routes/pipeline-details.tsx') },
          { path: 'experiments', lazy: () => import('./routes/experiments-list.tsx') },
          { path: 'experiments/new', lazy: () => import('./routes/experiments-new.tsx') },
          {
            path: 'experiments/:experimentId',
            lazy: () => import('./routes/experiment-details.tsx'),
          },
          { path: 'runs', lazy: () => import('./routes/runs-list.tsx') },
          { path: 'runs/new', lazy: () => import('./routes/runs-new.tsx') },
          { path: 'runs/:runId', lazy: () => import('./routes/run-details.tsx') },
          { path: 'compare', lazy: () => import('./routes/compare.tsx') },
          { path: 'recurring-runs', lazy: () => import('./routes/recurring-runs-list.tsx') },
          {
            path: 'recurring-runs/:recurringRunId',
            lazy: () => import('./routes/recurring-run-details.tsx'),
          },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
