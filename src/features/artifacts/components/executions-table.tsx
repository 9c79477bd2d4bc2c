import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { MlmdExecution } from '@/lib/mlmd/types.ts';
import { paths } from '@/lib/paths.ts';
import { recordQueries } from '../api/record-queries.ts';
import { usePageOrigins, useRecordList } from '../api/use-record-page.ts';
import { executionLabel } from '../model/record-labels.ts';
import { ExecutionStateBadge } from './execution-state.tsx';
import { RecordsTable, type RecordColumnSet } from './records-table.tsx';

const executionColumns: RecordColumnSet<MlmdExecution> = {
  name: (execution, namespace) => (
    <Link to={paths.execution(execution.id, { ns: namespace })}>{executionLabel(execution)}</Link>
  ),
  beforeOrigin: [
    {
      id: 'state',
      header: 'State',
      size: 130,
      cell: ({ row }) => <ExecutionStateBadge state={row.original.state} />,
    },
  ],
  afterOrigin: [],
};

/** ML Metadata's executions (KFP v2 tasks, DAGs, importers), paged and searched by the server. */
export function ExecutionsTable({ namespace }: { readonly namespace: string | undefined }) {
  const client = useKfpClient();
  const { list, request } = useRecordList('execution');
  const query = useQuery(recordQueries(client).executions(request));
  const { origins, names } = usePageOrigins('execution', query.data?.items, namespace);
  return (
    <RecordsTable<MlmdExecution>
      noun="executions"
      label="Executions"
      columnSet={executionColumns}
      getRowLabel={executionLabel}
      {...{ namespace, list, request, query, origins, names }}
    />
  );
}
