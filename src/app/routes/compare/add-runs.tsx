import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import {
  AddRunsDialog,
  readyColumns,
  type CandidateList,
  type CandidateScope,
  type CompareColumn,
} from '@/features/compare';
import { runQueries } from '@/features/runs/api/run-queries.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { substring, type Predicate } from '@/lib/kfp/filter.ts';

/** The picker lists this many runs, newest first; a search finds older ones. */
const CANDIDATES = 20;
/** The scope "every run of the namespace" (experiments are the other scopes, by id). */
const ALL = '';

/** The compared runs' experiments first (the likely place for more runs), then the whole namespace. */
function scopesOf(columns: readonly CompareColumn[], ns: string | undefined): CandidateScope[] {
  const experiments = new Map<string, string>();
  for (const column of readyColumns(columns))
    if (column.experimentId !== undefined && column.experiment !== undefined)
      experiments.set(column.experimentId, column.experiment.label);
  return [
    ...[...experiments].map(([id, label]) => ({ id, label: `Experiment ${label}` })),
    { id: ALL, label: ns === undefined ? 'All runs' : `All runs in ${ns}` },
  ];
}

export interface AddRunsProps {
  readonly ids: readonly string[];
  readonly columns: readonly CompareColumn[];
  readonly ns: string | undefined;
  readonly room: number;
  readonly onAdd: (runIds: readonly string[]) => void;
}

/** "Add runs": a searchable picker of the namespace's active runs, by experiment or all of them. */
export function AddRuns({ ids, columns, ns, room, onAdd }: AddRunsProps) {
  const client = useKfpClient();
  const [open, setOpen] = useState(false);
  const [chosenScope, setScope] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const text = useDeferredValue(search).trim();
  const scopes = scopesOf(columns, ns);
  const scope =
    chosenScope !== undefined && scopes.some((option) => option.id === chosenScope)
      ? chosenScope
      : (scopes[0]?.id ?? ALL);
  const predicates: Predicate[] = [
    { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
    ...(text === '' ? [] : [substring('display_name', text)]),
  ];
  const query = useQuery({
    ...runQueries(client).list({
      namespace: ns,
      experimentId: scope === ALL ? undefined : scope,
      pageSize: CANDIDATES,
      pageToken: undefined,
      sortBy: 'created_at desc',
      filter: { predicates },
    }),
    enabled: open,
  });
  const candidates: CandidateList = query.isPending
    ? { status: 'loading' }
    : query.isError
      ? {
          status: 'error',
          message: describeError(query.error).message,
          retry: () => void query.refetch(),
        }
      : {
          status: 'ready',
          items: query.data.items.map((run) => ({
            id: run.run_id,
            name: run.display_name || run.run_id,
            state: run.state,
            createdAt: run.created_at,
          })),
          more: query.data.next_page_token !== undefined,
        };
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen(true)}
        disabled={room === 0}
        title={room === 0 ? 'The comparison has the most runs it can take' : undefined}
      >
        <Plus size={16} aria-hidden="true" />
        Add runs
      </button>
      <AddRunsDialog
        open={open}
        onOpenChange={setOpen}
        comparedIds={ids}
        room={room}
        scopes={scopes}
        scope={scope}
        onScopeChange={setScope}
        search={search}
        onSearchChange={setSearch}
        candidates={candidates}
        onAdd={onAdd}
      />
    </>
  );
}
