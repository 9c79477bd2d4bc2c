import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { recurringRunKeys } from '@/features/recurring-runs';
// Narrow paths: the runs barrel would bring the run page's parts (and yaml) into this page's chunk.
import type { CreatedRun } from '@/features/runs/api/create-run-mutations.ts';
import { useRunFormSource } from '@/features/runs/api/create-run-source.ts';
import { RunForm } from '@/features/runs/components/run-form/run-form.tsx';
import { ErrorState, LoadingState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** The first non-empty of several URL parameters (`paths.runNew` writes the short names). */
function param(search: URLSearchParams, ...names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = search.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * `/runs/new?pipelineId=&versionId=&experimentId=&cloneFrom=&cloneRecurring=&editRecurring=`: start a run or
 * a recurring run, or edit one (saved as a replacement).
 */
export function Component() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { namespace, multiUser } = useNamespace();
  const cloneFrom = param(search, 'cloneFrom', 'clone');
  const cloneRecurring = param(search, 'cloneRecurring');
  const editRecurring = param(search, 'editRecurring');
  const source = useRunFormSource({
    pipelineId: param(search, 'pipelineId', 'pipeline'),
    versionId: param(search, 'versionId', 'version'),
    experimentId: param(search, 'experimentId', 'experiment'),
    recurring: search.get('recurring') === '1',
    cloneFrom,
    cloneRecurring,
    editRecurring,
  });
  const title = cloneFrom
    ? 'Clone run'
    : editRecurring
      ? 'Edit recurring run'
      : cloneRecurring
        ? 'Clone recurring run'
        : 'Start a run';

  const onCreated = (created: CreatedRun) => {
    if (created.kind === 'run') {
      void navigate(paths.run(created.id, { ns: namespace }));
      return;
    }
    // Lists, and (after an edit) the old recurring run's page.
    void queryClient.invalidateQueries({ queryKey: recurringRunKeys.all });
    void navigate(paths.recurringRun(created.id, { ns: namespace }));
  };

  return (
    <div className="page">
      <PageHeader
        title={title}
        breadcrumbs={[{ label: 'Runs', to: paths.runs({ ns: namespace }) }, { label: title }]}
      />
      {source.status === 'pending' ? (
        <LoadingState label="Loading what to clone…" />
      ) : source.status === 'error' ? (
        <ErrorState
          title="Cannot load what to clone"
          message={describeError(source.error).message}
          onRetry={source.retry}
        />
      ) : (
        <RunForm
          key={`${cloneFrom ?? ''}|${cloneRecurring ?? ''}|${editRecurring ?? ''}|${search.get('pipelineId') ?? ''}|${search.get('versionId') ?? ''}`}
          namespace={namespace}
          experimentRequired={multiUser}
          start={source.start}
          onCreated={onCreated}
          onCancel={() => void navigate(-1)}
        />
      )}
    </div>
  );
}
