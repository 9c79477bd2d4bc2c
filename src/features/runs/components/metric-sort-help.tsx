import type { FailureHelp } from '@/components/data-table';

/**
 * Why a runs list sorted by a v1 metric stops (the server refuses the page when the run after it has
 * no value for the metric, see `refusedMetricSort`) and how to go on: clear the sort.
 */
export function metricSortHelp(metric: string, onClearSort: () => void): FailureHelp {
  return {
    title: `Runs sorted by “${metric}” cannot be listed further`,
    hint: (
      <>
        KFP sorts runs by a metric only while the run that follows a page has it. The run after this
        page has no “{metric}” (not every run reports it, and a run reports it only once the step
        that writes it has finished), so the server refuses the page. Clear the sort to list every
        run, newest first.
      </>
    ),
    actions: (
      <button type="button" className="btn btn--primary" onClick={onClearSort}>
        Clear the sort
      </button>
    ),
  };
}
