import { useState, type ReactNode } from 'react';
import type { ItemReporter } from './run-each';
import { BulkActionDialog, type BulkItem } from './bulk-action-dialog';

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
export function BulkActionButton({ label, title, description, destructive = false, items, disabledReason, execute, onDone }: BulkActionButtonProps) {
  const [open, setOpen] = useState(false);
  const [ran, setRan] = useState(false);
  return (
    <>
      <button
        type="button"
        className={destructive ? 'btn btn--danger' : 'btn'}
        disabled={items.length === 0}
        title={items.length === 0 ? disabledReason : undefined}
        onClick={() => {
          setRan(false);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {open ? (
        <BulkActionDialog
          open
          onOpenChange={(next) => {
            setOpen(next);
            if (!next && ran) onDone?.();
          }}
          title={title}
          description={description}
          confirmLabel={label}
          destructive={destructive}
          items={items}
          execute={(ids, report) => {
            setRan(true);
            return execute(ids, report);
          }}
        />
      ) : null}
    </>
  );
}
