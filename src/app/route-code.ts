/**
 * The code of each page (one lazy module per URL in ./routes), apart from the route table so the
 * start-up can ask for the current page's code before React and the router have loaded (start.ts).
 * router.tsx uses the same loaders as the routes' `lazy`, so a page's module is fetched once.
 */
export const pageCode = {
  authCallback: () => import('./routes/auth-callback.tsx'),
  pipelinesList: () => import('./routes/pipelines-list.tsx'),
  pipelinesUpload: () => import('./routes/pipelines-upload.tsx'),
  pipelineDetails: () => import('./routes/pipeline-details.tsx'),
  experimentsList: () => import('./routes/experiments-list.tsx'),
  experimentsNew: () => import('./routes/experiments-new.tsx'),
  experimentDetails: () => import('./routes/experiment-details.tsx'),
  runsList: () => import('./routes/runs-list.tsx'),
  runsNew: () => import('./routes/runs-new.tsx'),
  runDetails: () => import('./routes/run-details.tsx'),
  compare: () => import('./routes/compare.tsx'),
  recurringRunsList: () => import('./routes/recurring-runs-list.tsx'),
  recurringRunDetails: () => import('./routes/recurring-run-details.tsx'),
  artifactsList: () => import('./routes/artifacts-list.tsx'),
  artifactDetails: () => import('./routes/artifact-details.tsx'),
  executionsList: () => import('./routes/executions-list.tsx'),
  executionDetails: () => import('./routes/execution-details.tsx'),
  notFound: () => import('./routes/not-found.tsx'),
} as const;

export type PageCode = keyof typeof pageCode;

const LIST_PAGES = ['runsList', 'pipelinesList', 'experimentsList'] as const;

/**
 * Whether a page is one of the lists: in the `ui` chunk with React and the shell (vite.config.ts), so it
 * needs no code of its own loaded; React draws it in its first render with its loader data
 * (router.tsx), which waits briefly for its answer (first-render.ts).
 */
export function isListPage(page: PageCode | undefined): page is (typeof LIST_PAGES)[number] {
  return LIST_PAGES.some((list) => list === page);
}

/** Second path segments of a section that are pages of their own, not ids. */
const fixedChildren: Readonly<Record<string, Readonly<Record<string, PageCode>>>> = {
  pipelines: { upload: 'pipelinesUpload' },
  experiments: { new: 'experimentsNew' },
  runs: { new: 'runsNew' },
};

const sections: Readonly<Record<string, readonly [list: PageCode, details: PageCode | null]>> = {
  pipelines: ['pipelinesList', 'pipelineDetails'],
  experiments: ['experimentsList', 'experimentDetails'],
  runs: ['runsList', 'runDetails'],
  compare: ['compare', null],
  'recurring-runs': ['recurringRunsList', 'recurringRunDetails'],
  artifacts: ['artifactsList', 'artifactDetails'],
  executions: ['executionsList', 'executionDetails'],
};

/**
 * The page a path shows, as the route table (router.tsx) matches it; undefined for `/` (a redirect)
 * and the sign-in callback is named by the caller. Trailing slashes are ignored, like the router does.
 */
export function pageCodeFor(pathname: string): PageCode | undefined {
  const parts = pathname.split('/').filter((part) => part !== '');
  const [section, child, ...rest] = parts;
  if (section === undefined) return undefined;
  const pages = sections[section];
  if (pages === undefined || rest.length > 0) return 'notFound';
  if (child === undefined) return pages[0];
  return fixedChildren[section]?.[child] ?? pages[1] ?? 'notFound';
}
