import { Columns3 } from 'lucide-react';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { canCompare, MAX_COMPARE_RUNS, MIN_COMPARE_RUNS } from '../model/compare-ids.ts';

export interface CompareSelectedButtonProps {
  readonly runIds: readonly string[];
  readonly ns: string | undefined;
}

/** The runs table's "Compare" bulk action: opens the compare view for 2–10 selected runs. */
export function CompareSelectedButton({ runIds, ns }: CompareSelectedButtonProps) {
  const navigate = useNavigate();
  const enabled = canCompare(runIds.length);
  const reason =
    runIds.length < MIN_COMPARE_RUNS
      ? `Select at least ${MIN_COMPARE_RUNS} runs to compare`
      : `Select at most ${MAX_COMPARE_RUNS} runs to compare`;
  return (
    <button
      type="button"
      className="btn"
      disabled={!enabled}
      title={enabled ? `Compare ${runIds.length} runs side by side` : reason}
      onClick={() => void navigate(paths.compare(runIds, { ns }))}
    >
      <Columns3 size={16} aria-hidden="true" />
      Compare
    </button>
  );
}
