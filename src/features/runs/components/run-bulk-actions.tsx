import { Copy } from 'lucide-react';
import { Link } from 'react-router';
import { BulkActionButton } from '@/components/confirm-dialog';
import { paths } from '@/lib/paths.ts';
import { useRunBulkAction, type RunBulkAction } from '../api/run-mutations.ts';
import type { RunsTab } from '../model/run-list-state.ts';
import { isActiveState, type RunRow } from '../model/run-row.ts';

function plural(count: number): string {
  return `${count} run${count === 1 ? '' : 's'}`;
}

export interface RunBulkActionsProps {
  readonly tab: RunsTab;
  readonly selected: readonly RunRow[];
  readonly onDone: () => void;
  /** The current namespace, for the clone link. */
  readonly namespace: string | undefined;
}

/** "Clone" for exactly one selected run: the run form filled from it, as the run page's Clone. */
function CloneSelected({
  selected,
  namespace,
}: {
  readonly selected: readonly RunRow[];
  readonly namespace: string | undefined;
}) {
  const [only] = selected;
  if (selected.length !== 1 || only === undefined)
    return (
      <button type="button" className="btn" disabled title="Select exactly one run">
        <Copy size={16} aria-hidden="true" />
        Clone
      </button>
    );
  return (
    <Link className="btn" to={paths.runNew({ cloneFrom: only.id, ns: namespace })}>
      <Copy size={16} aria-hidden="true" />
      Clone
    </Link>
  );
}

/**
 * Buttons for the selected runs: clone (one run), archive and terminate (active tab), restore and
 * delete (archived tab).
 */
export function RunBulkActions({ tab, selected, onDone, namespace }: RunBulkActionsProps) {
  const mutation = useRunBulkAction();
  const button = (
    action: RunBulkAction,
    label: string,
    runs: readonly RunRow[],
    description: string,
    destructive = false,
    disabledReason?: string,
  ) => (
    <BulkActionButton
      key={action}
      label={label}
      title={`${label} ${plural(runs.length)}?`}
      description={description}
      destructive={destructive}
      items={runs.map((run) => ({ id: run.id, label: run.name }))}
      disabledReason={disabledReason}
      execute={(runIds, report) => mutation.mutateAsync({ action, runIds, report })}
      onDone={onDone}
    />
  );
  if (tab === 'archived') {
    return (
      <>
        <CloneSelected selected={selected} namespace={namespace} />
        {button('unarchive', 'Restore', selected, 'The runs move back to the Active tab.')}
        {button('delete', 'Delete', selected, 'The runs are deleted for good.', true)}
      </>
    );
  }
  const active = selected.filter((run) => isActiveState(run.state));
  return (
    <>
      <CloneSelected selected={selected} namespace={namespace} />
      {button(
        'archive',
        'Archive',
        selected,
        'Archived runs move to the Archived tab and can be restored.',
      )}
      {button(
        'terminate',
        'Terminate',
        active,
        'Running tasks are stopped; this cannot be undone. Only active runs are terminated.',
        true,
        'None of the selected runs is active',
      )}
    </>
  );
}
