import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CompareSelectedButton } from '@/features/compare/components/compare-selected-button.tsx';
import { ExperimentDetails } from '@/features/experiments/components/experiment-details';
import { recurringRunKeys, RecurringRunsTable } from '@/features/recurring-runs';
// Narrow paths: the runs barrel would bring the run page's parts (and yaml) into this page's chunk.
import { runKeys } from '@/features/runs/api/run-keys.ts';
import { RunsTable } from '@/features/runs/components/runs-table.tsx';
import { PageHeader } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/experiments/:experimentId?section=runs|recurring`: the experiment with its runs and recurring runs. */
export function Component() {
  const { experimentId = '' } = useParams();
  const { namespace } = useNamespace();
  const queryClient = useQueryClient();
  // Archiving archives the experiment's runs and disables its recurring runs: their lists refresh too.
  const refreshLists = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: runKeys.all }),
      queryClient.invalidateQueries({ queryKey: recurringRunKeys.all }),
    ]);
  return (
    <div className="page">
      <ExperimentDetails
        key={experimentId}
        experimentId={experimentId}
        namespace={namespace}
        renderHeader={(header) => (
          <PageHeader
            title={header.title}
            breadcrumbs={header.breadcrumbs}
            badge={header.badge}
            actions={header.actions}
          />
        )}
        runs={
          <RunsTable
            namespace={namespace}
            experimentId={experimentId}
            urlPrefix="runs."
            extraBulkActions={(runIds) => <CompareSelectedButton runIds={runIds} ns={namespace} />}
          />
        }
        recurringRuns={
          <RecurringRunsTable
            namespace={namespace}
            experimentId={experimentId}
            urlPrefix="recurring."
          />
        }
        onStorageChanged={refreshLists}
      />
    </div>
  );
}
