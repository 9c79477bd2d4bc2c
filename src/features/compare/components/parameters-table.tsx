import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { COMPARE_SECTIONS } from '../model/collapsed-sections.ts';
import { diffParameters, visibleParameterRows } from '../model/parameter-diff.ts';
import { CollapsibleSection } from './collapsible-section.tsx';
import type { ReadyColumn } from './compare-column.ts';
import { DiffersMark } from './differs-mark.tsx';
import styles from './compare.module.css';

/** The URL parameter of the "only differences" toggle, so a shared link keeps it. */
export const ONLY_DIFFERENCES_PARAM = 'diff';

/** Why a run has no value: its pipeline has no such parameter, or the run left it without a default. */
function missingText(run: ReadyColumn | undefined, name: string): string {
  return run?.declared !== undefined && !run.declared.includes(name)
    ? 'not in its pipeline'
    : 'not set';
}

/** Parameters with runs as columns; rows that differ are highlighted and can be shown alone. */
export function ParametersTable({ runs }: { readonly runs: readonly ReadyColumn[] }) {
  const [params, setParams] = useSearchParams();
  const toggleId = useId();
  const onlyDifferences = params.get(ONLY_DIFFERENCES_PARAM) === '1';
  const rows = diffParameters(runs.map((run) => run.parameters));
  const visible = visibleParameterRows(rows, onlyDifferences);
  const differing = rows.filter((row) => row.differs).length;
  const setOnly = (only: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (only) next.set(ONLY_DIFFERENCES_PARAM, '1');
        else next.delete(ONLY_DIFFERENCES_PARAM);
        return next;
      },
      { replace: true },
    );

  return (
    <CollapsibleSection
      sectionId={COMPARE_SECTIONS.parameters}
      title="Parameters"
      extra={
        <>
          <p className={styles.note}>
            {rows.length === 0
              ? 'None of these runs has parameters.'
              : `${differing} of ${rows.length} differ`}
          </p>
          <label className={styles.toggle} htmlFor={toggleId}>
            <input
              id={toggleId}
              type="checkbox"
              checked={onlyDifferences}
              onChange={(event) => setOnly(event.target.checked)}
              disabled={rows.length === 0}
            />
            Only differences
          </label>
        </>
      }
    >
      {rows.length === 0 ? null : visible.length === 0 ? (
        <p className={styles.note}>All parameters are the same in every run.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label="Parameters">
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                {runs.map((run) => (
                  <th scope="col" key={run.runId}>
                    {run.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr
                  key={row.name}
                  className={row.differs ? styles.differs : undefined}
                  data-differs={row.differs || undefined}
                >
                  <th scope="row">
                    <DiffersMark differs={row.differs} />
                    {row.name}
                  </th>
                  {row.values.map((value, index) => (
                    <td key={runs[index]?.runId ?? index} className={styles.mono}>
                      {value === undefined ? (
                        <span className={styles.missing}>{missingText(runs[index], row.name)}</span>
                      ) : value === '' ? (
                        <span className={styles.missing}>(empty)</span>
                      ) : (
                        value
                      )}
                      {row.defaults[index] === true ? (
                        <span className={styles.source}>default</span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </CollapsibleSection>
  );
}
