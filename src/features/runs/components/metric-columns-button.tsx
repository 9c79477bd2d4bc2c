import { lazy, Suspense, useId } from 'react';
import { Columns3 } from 'lucide-react';
import type { ListParams } from '@/components/data-table';
import type { MetricCells } from '../api/run-metrics.ts';
import type { MetricColumn, MetricKind } from '../model/metric-columns.ts';
import styles from './runs.module.css';

// The panel loads on first intent (pointer, focus or click): no part of the list's first load.
const loadPanel = () => import('./metric-columns-panel.tsx');
const MetricColumnsPanel = lazy(() =>
  loadPanel().then((module) => ({ default: module.MetricColumnsPanel })),
);
const preloadPanel = () => void loadPanel().catch(() => undefined);

export interface MetricColumnsButtonProps {
  readonly list: ListParams;
  readonly columns: readonly MetricColumn[];
  /** The page's metrics of each kind (names to offer), asked while the panel is open. */
  readonly found: Readonly<Record<MetricKind, MetricCells>>;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** "Metric columns": a disclosure button and its panel of metric names (chosen ones in the URL). */
export function MetricColumnsButton(props: MetricColumnsButtonProps) {
  const { columns, open, onOpenChange } = props;
  const panelId = useId();
  return (
    <div className={styles.metricPicker}>
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-active={columns.length > 0 || undefined}
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
        onClick={() => onOpenChange(!open)}
      >
        <Columns3 size={16} aria-hidden="true" />
        {columns.length > 0 ? `Metrics (${String(columns.length)})` : 'Metrics'}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <MetricColumnsPanel {...props} id={panelId} />
        </Suspense>
      ) : null}
    </div>
  );
}
