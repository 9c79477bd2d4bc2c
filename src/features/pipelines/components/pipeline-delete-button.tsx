import { lazy, Suspense, useState } from 'react';
import type { DeleteCandidate } from '../model/pipeline-delete.ts';

// The dialog (Radix AlertDialog) loads when Delete is first pointed at, focused or clicked: it is not
// part of the pipelines list's first load (DESIGN.md §6), as with BulkActionButton.
const loadDialog = () => import('./pipeline-delete-dialog.tsx');
const PipelineDeleteDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.PipelineDeleteDialog })),
);
const preloadDialog = () => void loadDialog().catch(() => undefined);

export interface PipelineDeleteButtonProps {
  readonly selected: readonly DeleteCandidate[];
  readonly onDone: () => void;
}

/** "Delete" for the selected pipelines; the dialog keeps the selection it opened with. */
export function PipelineDeleteButton({ selected, onDone }: PipelineDeleteButtonProps) {
  const [openFor, setOpenFor] = useState<readonly DeleteCandidate[]>();
  return (
    <>
      <button
        type="button"
        className="btn btn--danger"
        disabled={selected.length === 0}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => setOpenFor(selected)}
      >
        Delete
      </button>
      {openFor === undefined ? null : (
        <Suspense fallback={null}>
          <PipelineDeleteDialog
            pipelines={openFor}
            onClose={(ran) => {
              setOpenFor(undefined);
              if (ran) onDone();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
