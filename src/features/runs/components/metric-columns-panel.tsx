import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { MetricCells } from '../api/run-metrics.ts';
import { isV1MetricName, METRIC_PARAMS, type MetricKind } from '../model/metric-columns.ts';
import type { MetricColumnsButtonProps } from './metric-columns-button.tsx';
import styles from './runs.module.css';

const KINDS: readonly {
  readonly kind: MetricKind;
  readonly title: string;
  readonly note: string;
}[] = [
  {
    kind: 'v1',
    title: 'Run metrics (v1)',
    note: 'Reported from a step’s mlpipeline-metrics file. The server can sort by them.',
  },
  {
    kind: 'v2',
    title: 'Task metrics (v2)',
    note: 'Logged by v2 tasks (Metrics artifacts). No KFP server sorts runs by them.',
  },
];

/** Metric names found on this page's runs, sorted. */
function foundNames(cells: MetricCells): readonly string[] {
  if (cells.status !== 'ready') return [];
  const names = new Set<string>();
  for (const metrics of cells.byRun.values()) for (const name of metrics.keys()) names.add(name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

function KindSection({
  props,
  kind,
  title,
  note,
}: {
  readonly props: MetricColumnsButtonProps;
  readonly kind: MetricKind;
  readonly title: string;
  readonly note: string;
}) {
  const { list, found } = props;
  const param = METRIC_PARAMS[kind];
  const chosen = list.getAll(param);
  const cells = found[kind];
  const names = [...new Set([...chosen, ...foundNames(cells)])];
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const set = (next: readonly string[]) => list.setParams({ [param]: next });
  const add = (event: SyntheticEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (name === '') return;
    if (kind === 'v1' && !isV1MetricName(name)) {
      setProblem(
        'KFP keeps v1 metrics only with names of letters, digits, - and _ (starting with a letter, at most 64).',
      );
      return;
    }
    setProblem(undefined);
    setDraft('');
    if (!chosen.includes(name)) set([...chosen, name]);
  };
  const inputId = `metric-add-${kind}`;
  return (
    <fieldset className={styles.metricKind}>
      <legend>{title}</legend>
      <p className={styles.muted}>{note}</p>
      {cells.status === 'pending' ? <p className={styles.muted}>Looking for metrics…</p> : null}
      {cells.status === 'error' ? (
        <p role="alert">Could not read this page’s metrics: {cells.message}</p>
      ) : null}
      {cells.status === 'ready' && names.length === 0 ? (
        <p className={styles.muted}>None on the runs of this page.</p>
      ) : null}
      {names.map((name) => (
        <label key={name} className={styles.metricOption}>
          <input
            type="checkbox"
            checked={chosen.includes(name)}
            onChange={() =>
              set(chosen.includes(name) ? chosen.filter((n) => n !== name) : [...chosen, name])
            }
          />
          {name}
        </label>
      ))}
      <form className={styles.metricAdd} onSubmit={add}>
        <label htmlFor={inputId} className="visually-hidden">
          Add a {kind} metric by name
        </label>
        <input
          id={inputId}
          className="input"
          value={draft}
          placeholder="Metric name"
          onChange={(event) => setDraft(event.target.value)}
          aria-invalid={problem !== undefined || undefined}
        />
        <button type="submit" className="btn">
          Add
        </button>
      </form>
      {problem !== undefined ? <p role="alert">{problem}</p> : null}
    </fieldset>
  );
}

/** The panel of MetricColumnsButton: found and chosen names of each kind; Escape or Done closes it. */
export function MetricColumnsPanel(props: MetricColumnsButtonProps & { readonly id: string }) {
  const { id, onOpenChange } = props;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.querySelector('input')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && panel.current?.parentElement?.contains(target) !== true)
        onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onOpenChange]);
  return (
    <div
      id={id}
      ref={panel}
      role="group"
      aria-label="Metric columns"
      className={styles.metricPanel}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        panel.current?.parentElement?.querySelector('button')?.focus();
        onOpenChange(false);
      }}
    >
      {KINDS.map((entry) => (
        <KindSection key={entry.kind} props={props} {...entry} />
      ))}
      <button type="button" className="btn" onClick={() => onOpenChange(false)}>
        Done
      </button>
    </div>
  );
}
