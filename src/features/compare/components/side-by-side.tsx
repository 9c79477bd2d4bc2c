import type { CSSProperties, ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/states';
import { alignByKey } from '../model/align.ts';
import { visualSectionId } from '../model/collapsed-sections.ts';
import { CollapsibleSection } from './collapsible-section.tsx';
import type { ReadyColumn } from './compare-column.ts';
import styles from './compare.module.css';

/** One visualization of a run; the same key in several runs puts them on one row. */
export interface RunVisual<T> {
  readonly key: string;
  readonly title: string;
  readonly value: T;
}

export type RunVisuals<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly items: readonly RunVisual<T>[] };

export interface SideBySideProps<T> {
  readonly runs: readonly ReadyColumn[];
  /** Per run, in the order of `runs`. */
  readonly visuals: readonly RunVisuals<T>[];
  readonly render: (value: T) => ReactNode;
}

/** The runs' other visualizations, a column per run and a row per output the runs have in common. */
export function SideBySide<T>({ runs, visuals, render }: SideBySideProps<T>) {
  const rows = alignByKey(
    visuals.map((v) => (v.status === 'ready' ? v.items : [])),
    (item) => item.key,
  );
  const grid: CSSProperties & Record<'--compare-columns', string> = {
    '--compare-columns': String(runs.length),
  };
  const pending = visuals.some((v) => v.status !== 'ready');
  return (
    <div className={styles.section}>
      {pending ? (
        <div className={styles.grid} style={grid}>
          {runs.map((run, index) => {
            const v = visuals[index];
            return (
              <div key={run.runId} className={styles.cell}>
                <h3 className={styles.gridHeading}>{run.name}</h3>
                {v?.status === 'loading' ? (
                  <LoadingState label={`Loading the visualizations of ${run.name}…`} />
                ) : null}
                {v?.status === 'error' ? (
                  <ErrorState title="Could not load the visualizations" message={v.message} />
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
      {rows.length === 0 && !pending ? (
        <p className={styles.note}>
          None of these runs has other visualizations (confusion matrices, tables, HTML or
          markdown).
        </p>
      ) : null}
      {rows.map((row) => {
        const first = row.cells.find((cell) => cell !== undefined);
        return (
          <CollapsibleSection
            key={row.key}
            sectionId={visualSectionId(row.key)}
            title={first?.title ?? row.key}
            level={3}
          >
            <div className={styles.grid} style={grid}>
              {row.cells.map((cell, index) => (
                <div
                  key={runs[index]?.runId ?? index}
                  className={styles.cell}
                  aria-label={runs[index]?.name}
                >
                  <p className={styles.note}>{runs[index]?.name}</p>
                  {cell === undefined ? (
                    <p className={styles.missing}>Not in this run</p>
                  ) : (
                    render(cell.value)
                  )}
                </div>
              ))}
            </div>
          </CollapsibleSection>
        );
      })}
    </div>
  );
}
