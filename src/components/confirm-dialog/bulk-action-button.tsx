import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { ItemReporter } from './run-each.ts';
import type { BulkItem } from './bulk-action-dialog.tsx';

// The dialog (Radix AlertDialog, focus trap, scroll lock) loads when a bulk action is first pointed
// at, focused or clicked: it is not part of a list page's first load (DESIGN.md §6).
const loadDialog = () => import('./bulk-action-dialog.tsx');
const BulkActionDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.BulkActionDialog })),
);
const preloadDialog = () => void loadDialog().catch(() => undefined);

export interface BulkActionButtonProps {
  /** Button text, also the dialog's confirm text ("Archive"). */
  readonly label: string;
  /** Dialog title ("Archive 3 runs?"). */
  readonly title: string;
  readonly description?: ReactNode;
  readonly destructive?: boolean;
  readonly items: readonly BulkItem[];
  /** Why the button is disabled, when there is nothing it applies to. */
  readonly disabledReason?: string;
  readonly execute: (ids: readonly string[], report: ItemReporter) => Promise<unknown>;
  /** After the dialog closes following a run (e.g. clear the selection). */
  readonly onDone?: () => void;
}

/** A button that asks for confirmation, runs an action on several items and shows each outcome. */
export function BulkActionButton({
  label,
  title,
  description,
  destructive = false,
  items,
  disabledReason,
  execute,
  onDone,
}: BulkActionButtonProps) {
  // Items and title as they were when the dialog opened: the list may drop the items (archived,
  // deleted) while the dialog still reports on them.
  const [openFor, setOpenFor] = useState<
    { readonly items: readonly BulkItem[]; readonly title: string } | undefined
  >(undefined);
  const [ran, setRan] = useState(false);
  return (
    <>
      <button
        type="button"
        className={destructive ? 'btn btn--danger' : 'btn'}
        disabled={items.length === 0}
        title={items.length === 0 ? disabledReason : undefined}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => {
          setRan(false);
          setOpenFor({ items, title });
        }}
      >
        {label}
      </button>
      {openFor === undefined ? null : (
        <Suspense fallback={null}>
          <BulkActionDialog
            open
            onOpenChange={(next) => {
              if (next) return;
              setOpenFor(undefined);
              if (ran) onDone?.();
            }}
            title={openFor.title}
            description={description}
            confirmLabel={label}
            destructive={destructive}
            items={openFor.items}
            execute={(ids, report) => {
              setRan(true);
              return execute(ids, report);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
