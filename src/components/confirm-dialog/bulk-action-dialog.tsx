import { useState, type ReactNode } from 'react';
import { AlertDialog } from 'radix-ui';
import { CircleCheck, CircleX, LoaderCircle } from 'lucide-react';
import type { ItemOutcome, ItemReporter } from './run-each.ts';
import styles from './dialog.module.css';

export interface BulkItem {
  readonly id: string;
  readonly label: string;
}

export interface BulkActionDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** e.g. "Archive 3 runs?" */
  readonly title: string;
  readonly description?: ReactNode;
  /** e.g. "Archive" */
  readonly confirmLabel: string;
  readonly destructive?: boolean;
  readonly items: readonly BulkItem[];
  /** Runs the action for every item, reporting each outcome as it settles (see `runEach`). */
  readonly execute: (ids: readonly string[], report: ItemReporter) => Promise<unknown>;
  /** A question asked before confirming (e.g. what happens to related items); hidden once it runs. */
  readonly children?: ReactNode;
  /** Why the confirm button waits (a check still running, a question not answered yet). */
  readonly confirmBlockedBy?: string;
}

/**
 * Confirms an action on several items, runs it, and shows the outcome of each item (with the
 * server's message for failures) until the user closes the dialog.
 */
export function BulkActionDialog(props: BulkActionDialogProps) {
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={styles.overlay} />
        {/* Content unmounts when closed, so each opening starts from a fresh confirmation. */}
        <BulkActionContent {...props} />
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

type Phase = 'confirm' | 'running' | 'done';

function BulkActionContent({
  onOpenChange,
  title,
  description,
  confirmLabel,
  destructive = false,
  items,
  execute,
  children,
  confirmBlockedBy,
}: BulkActionDialogProps) {
  const [phase, setPhase] = useState<Phase>('confirm');
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ItemOutcome>>(new Map());

  const start = () => {
    setPhase('running');
    const report: ItemReporter = (id, outcome) =>
      setOutcomes((prev) => new Map(prev).set(id, outcome));
    void execute(
      items.map((item) => item.id),
      report,
    ).finally(() => setPhase('done'));
  };

  const failed = [...outcomes.values()].filter((outcome) => !outcome.ok).length;
  const succeeded = outcomes.size - failed;

  return (
    <AlertDialog.Content
      className={styles.content}
      onEscapeKeyDown={(event) => {
        if (phase === 'running') event.preventDefault();
      }}
    >
      <AlertDialog.Title className={styles.title}>{title}</AlertDialog.Title>
      <AlertDialog.Description className={styles.description}>
        {description ?? `This applies to ${items.length} item${items.length === 1 ? '' : 's'}.`}
      </AlertDialog.Description>
      {phase === 'confirm' ? children : null}
      {phase === 'confirm' && confirmBlockedBy !== undefined ? (
        <p className={styles.blocked} role="status">
          {confirmBlockedBy}
        </p>
      ) : null}
      {phase === 'done' ? (
        <p className={styles.summary} role="status">
          {succeeded} succeeded{failed > 0 ? `, ${failed} failed` : ''}
        </p>
      ) : null}
      <ul className={styles.items} aria-label="Items" aria-busy={phase === 'running'}>
        {items.map((item) => (
          <BulkItemRow
            key={item.id}
            item={item}
            outcome={outcomes.get(item.id)}
            running={phase === 'running'}
          />
        ))}
      </ul>
      <div className={styles.actions}>
        {phase === 'done' ? (
          <button type="button" className="btn btn--primary" onClick={() => onOpenChange(false)}>
            Close
          </button>
        ) : (
          <>
            <AlertDialog.Cancel className="btn" disabled={phase === 'running'}>
              Cancel
            </AlertDialog.Cancel>
            <button
              type="button"
              className={destructive ? 'btn btn--danger' : 'btn btn--primary'}
              disabled={phase === 'running' || items.length === 0 || confirmBlockedBy !== undefined}
              onClick={start}
            >
              {phase === 'running' ? 'Working…' : confirmLabel}
            </button>
          </>
        )}
      </div>
    </AlertDialog.Content>
  );
}

function BulkItemRow({
  item,
  outcome,
  running,
}: {
  readonly item: BulkItem;
  readonly outcome: ItemOutcome | undefined;
  readonly running: boolean;
}) {
  if (outcome === undefined) {
    return (
      <li className={styles.item}>
        {running ? <LoaderCircle size={16} aria-hidden="true" /> : <span />}
        <span>{item.label}</span>
      </li>
    );
  }
  return (
    <li className={styles.item} data-outcome={outcome.ok ? 'ok' : 'error'}>
      {outcome.ok ? (
        <CircleCheck size={16} aria-hidden="true" />
      ) : (
        <CircleX size={16} aria-hidden="true" />
      )}
      <span>
        {item.label} — {outcome.ok ? 'done' : 'failed'}
        {outcome.ok ? null : <span className={styles.itemError}>{outcome.message}</span>}
      </span>
    </li>
  );
}
