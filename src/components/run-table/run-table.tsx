import { Link } from 'react-router';
import { DateTime } from '@/components/data-table';
import { StatusBadge } from '@/components/status-badge';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { paths } from '@/lib/paths.ts';

export type RunTableRow = Pick<
  Run,
  'run_id' | 'display_name' | 'state' | 'created_at' | 'finished_at'
>;

interface RunTableProps {
  readonly runs: readonly RunTableRow[];
  readonly namespace: string | undefined;
  readonly label: string;
  readonly className?: string | undefined;
  /** The column headers: the run (linked), its creation time and, when named, its end time. */
  readonly headers: {
    readonly name: string;
    readonly created: string;
    readonly finished?: string | undefined;
  };
}

/** A small table of runs: name linked to the run page, status, created (and finished) time. */
export function RunTable({ runs, namespace, label, className, headers }: RunTableProps) {
  return (
    <table className={className} aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{headers.name}</th>
          <th scope="col">Status</th>
          <th scope="col">{headers.created}</th>
          {headers.finished !== undefined && <th scope="col">{headers.finished}</th>}
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.run_id}>
            <td>
              <Link to={paths.run(run.run_id, { ns: namespace })}>
                {run.display_name || run.run_id}
              </Link>
            </td>
            <td>
              <StatusBadge state={run.state} />
            </td>
            <td>
              <DateTime value={run.created_at} />
            </td>
            {headers.finished !== undefined && (
              <td>
                <DateTime value={run.finished_at} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
