/**
 * Every in-app link is built here, so URLs stay stable (DESIGN.md §2 routes) and the namespace
 * travels along as `?ns=`. Builders return strings for <Link to> / navigate().
 *
 * It lives in src/lib, not src/app, because features render links too and may not import the app layer.
 */
export interface NsOption {
  /** The namespace to keep in the URL (multi-user installs). */
  readonly ns?: string | undefined;
}

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

function build(pathname: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(key, typeof value === 'string' ? value : value.join(','));
  }
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

const seg = encodeURIComponent;

/** The list sections of the side navigation. */
export type Section =
  'pipelines' | 'experiments' | 'runs' | 'recurring-runs' | 'artifacts' | 'executions';

export const paths = {
  home: () => '/',
  pipelines: (o: NsOption = {}) => build('/pipelines', { ns: o.ns }),
  pipeline: (pipelineId: string, o: NsOption & { readonly version?: string } = {}) =>
    build(`/pipelines/${seg(pipelineId)}`, { version: o.version, ns: o.ns }),
  pipelineUpload: (o: NsOption & { readonly pipelineId?: string } = {}) =>
    build('/pipelines/upload', { pipeline: o.pipelineId, ns: o.ns }),
  experiments: (o: NsOption = {}) => build('/experiments', { ns: o.ns }),
  experiment: (experimentId: string, o: NsOption = {}) =>
    build(`/experiments/${seg(experimentId)}`, { ns: o.ns }),
  experimentNew: (
    o: NsOption & { readonly pipelineId?: string; readonly versionId?: string } = {},
  ) => build('/experiments/new', { pipeline: o.pipelineId, version: o.versionId, ns: o.ns }),
  runs: (o: NsOption = {}) => build('/runs', { ns: o.ns }),
  run: (runId: string, o: NsOption & { readonly node?: string; readonly tab?: string } = {}) =>
    build(`/runs/${seg(runId)}`, { node: o.node, tab: o.tab, ns: o.ns }),
  runNew: (
    o: NsOption & {
      readonly experimentId?: string;
      readonly pipelineId?: string;
      readonly versionId?: string;
      readonly cloneFrom?: string;
      readonly editRecurring?: string;
      readonly recurring?: boolean;
    } = {},
  ) =>
    build('/runs/new', {
      experiment: o.experimentId,
      pipeline: o.pipelineId,
      version: o.versionId,
      clone: o.cloneFrom,
      editRecurring: o.editRecurring,
      recurring: o.recurring ? '1' : undefined,
      ns: o.ns,
    }),
  recurringRuns: (o: NsOption = {}) => build('/recurring-runs', { ns: o.ns }),
  recurringRun: (recurringRunId: string, o: NsOption = {}) =>
    build(`/recurring-runs/${seg(recurringRunId)}`, { ns: o.ns }),
  compare: (runIds: readonly string[], o: NsOption = {}) =>
    build('/compare', { runs: runIds, ns: o.ns }),
  artifacts: (o: NsOption = {}) => build('/artifacts', { ns: o.ns }),
  artifact: (artifactId: string, o: NsOption = {}) =>
    build(`/artifacts/${seg(artifactId)}`, { ns: o.ns }),
  executions: (o: NsOption = {}) => build('/executions', { ns: o.ns }),
  execution: (executionId: string, o: NsOption = {}) =>
    build(`/executions/${seg(executionId)}`, { ns: o.ns }),
  authCallback: () => '/auth/callback',
  section: (section: Section, o: NsOption = {}) => build(`/${section}`, { ns: o.ns }),
} as const;

/** Which list section a pathname belongs to (`/runs/abc` → `runs`), for the nav and namespace switching. */
export function sectionOf(pathname: string): Section | undefined {
  const first = pathname.split('/')[1];
  switch (first) {
    case 'pipelines':
    case 'experiments':
    case 'runs':
    case 'recurring-runs':
    case 'artifacts':
    case 'executions':
      return first;
    case 'compare':
      return 'runs';
    default:
      return undefined;
  }
}

/** Adds or replaces `ns` in an in-app href, keeping its other parameters and hash. */
export function withNamespace(href: string, ns: string | undefined): string {
  const url = new URL(href, 'http://app.invalid');
  if (ns) url.searchParams.set('ns', ns);
  else url.searchParams.delete('ns');
  return `${url.pathname}${url.search}${url.hash}`;
}
