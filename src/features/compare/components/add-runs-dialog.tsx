import { useId, useState } from 'react';
import { Dialog } from 'radix-ui';
import { DateTime } from '@/components/data-table';
import { StatusBadge } from '@/components/status-badge';
import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import styles from './add-runs-dialog.module.css';

/** A run the user may add to the comparison. */
export interface RunCandidate {
  readonly id: string;
  readonly name: string;
  readonly state: RuntimeState;
  readonly createdAt: string | undefined;
}

export type CandidateList =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string; readonly retry: () => void }
  | {
      readonly status: 'ready';
      readonly items: readonly RunCandidate[];
      /** The server has more runs than listed (search narrows them). */
      readonly more: boolean;
    };

/** Where candidates come from: one of the compared runs' experiments, or the whole namespace. */
export interface CandidateScope {
  readonly id: string;
  readonly label: string;
}

export interface AddRunsDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly comparedIds: readonly string[];
  /** How many more runs fit. */
  readonly room: number;
  readonly scopes: readonly CandidateScope[];
  readonly scope: string;
  readonly onScopeChange: (scope: string) => void;
  readonly search: string;
  readonly onSearchChange: (search: string) => void;
  readonly candidates: CandidateList;
  readonly onAdd: (runIds: readonly string[]) => void;
}

function CandidateRows({
  list,
  comparedIds,
  selected,
  full,
  onToggle,
  search,
}: {
  readonly list: Extract<CandidateList, { status: 'ready' }>;
  readonly comparedIds: readonly string[];
  readonly selected: readonly string[];
  readonly full: boolean;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly search: string;
}) {
  if (list.items.length === 0)
    return (
      <p className={styles.note}>
        {search.trim() === '' ? 'No runs here.' : `No runs match “${search.trim()}”.`}
      </p>
    );
  return (
    <>
      <ul className={styles.options} aria-label="Runs to add">
        {list.items.map((run) => {
          const compared = comparedIds.includes(run.id);
          const checked = compared || selected.includes(run.id);
          return (
            <li key={run.id} className={styles.option} data-compared={compared || undefined}>
              <label className={styles.optionLabel}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={compared || (full && !checked)}
                  onChange={(event) => onToggle(run.id, event.target.checked)}
                />
                <span className={styles.name}>{run.name}</span>
                <StatusBadge state={run.state} />
                <span className={styles.detail}>
                  {compared ? 'already compared' : <DateTime value={run.createdAt} />}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {list.more ? (
        <p className={styles.note}>Showing the newest runs; search by name to find older ones.</p>
      ) : null}
    </>
  );
}

/** Picks runs to add to the comparison: searchable, from an experiment of the runs or the namespace. */
export function AddRunsDialog(props: AddRunsDialogProps) {
  const { open, onOpenChange, comparedIds, room, scopes, scope, candidates, onAdd } = props;
  const [selected, setSelected] = useState<readonly string[]>([]);
  const scopeId = useId();
  const full = selected.length >= room;
  const toggle = (id: string, on: boolean) =>
    setSelected((current) =>
      on ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id),
    );
  const changeOpen = (next: boolean) => {
    if (!next) setSelected([]);
    onOpenChange(next);
  };
  return (
    <Dialog.Root open={open} onOpenChange={changeOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content}>
          <Dialog.Title className={styles.title}>Add runs to the comparison</Dialog.Title>
          <Dialog.Description className={styles.note}>
            {room === 0
              ? 'The comparison has the most runs it can take: remove one first.'
              : `Up to ${room} more ${room === 1 ? 'run' : 'runs'}.`}
          </Dialog.Description>
          <div className={styles.filters}>
            <label className={styles.field} htmlFor={scopeId}>
              <span>From</span>
              <select
                id={scopeId}
                className="input"
                value={scope}
                onChange={(event) => props.onScopeChange(event.target.value)}
              >
                {scopes.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <input
              className={`input ${styles.search}`}
              type="search"
              aria-label="Search runs"
              placeholder="Search runs by name"
              value={props.search}
              onChange={(event) => props.onSearchChange(event.target.value)}
            />
          </div>
          {candidates.status === 'loading' ? (
            <p className={styles.note}>Loading runs…</p>
          ) : candidates.status === 'error' ? (
            <p className={styles.error} role="alert">
              {candidates.message}{' '}
              <button type="button" className="btn" onClick={candidates.retry}>
                Retry
              </button>
            </p>
          ) : (
            <CandidateRows
              list={candidates}
              comparedIds={comparedIds}
              selected={selected}
              full={full}
              onToggle={toggle}
              search={props.search}
            />
          )}
          <div className={styles.actions}>
            <Dialog.Close className="btn">Cancel</Dialog.Close>
            <button
              type="button"
              className="btn btn--primary"
              disabled={selected.length === 0}
              onClick={() => {
                onAdd(selected);
                changeOpen(false);
              }}
            >
              {selected.length <= 1 ? 'Add run' : `Add ${selected.length} runs`}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
