import { useEffect, useState } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { toTableContent, type TableContent } from '@/components/data-table';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import {
  pageRefs,
  refsSignature,
  type Lookup,
  type LookupKind,
  type PageRefs,
} from '../model/lookup-plan.ts';
import { toRunRow, type NamedRef, type RunRow } from '../model/run-row.ts';
import { parseStoredNames, serializeNames, type StoredName } from '../model/name-store.ts';
import { planPage } from './run-page-prefetch.ts';
import { useNameStore } from './use-name-store.ts';
import type { RunListRequest } from './run-keys.ts';
import { indexKey, nameIndex, runLookupQueries } from './run-lookups.ts';
import { runQueries } from './run-queries.ts';

export interface RunPage {
  readonly content: TableContent<RunRow>;
  /** The page's runs as the server sent them (empty until the list answers). */
  readonly runs: readonly Run[];
}

/**
 * One page of runs as table rows: the runs list plus one lookup per kind of name (versions: per
 * pipeline), all at once, planned once per page content from the names the namespace's earlier
 * lookups cover (in this query cache, finished or running) or browser storage keeps (a poll of the
 * same page plans nothing new). While a lookup runs its cells show a placeholder of fixed size; a
 * failed lookup leaves ids in place of names and never hides the runs.
 */
export function useRunPage(request: RunListRequest): RunPage {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const lookups = runLookupQueries(client);
  const runs = useQuery(runQueries(client).list(request));
  const showExperiment = request.experimentId === undefined;
  const items = runs.data?.items;
  const refs = pageRefs(items ?? []);
  const stored = useNameStore(request.namespace);
  const signature = `${request.namespace ?? ''}|${refsSignature(refs, showExperiment)}`;

  // The plan is fixed when the page's references change, from what was known at that moment.
  const [planned, setPlanned] = useState<{
    readonly signature: string;
    readonly plan: readonly Lookup[];
  }>();
  let plan = planned?.signature === signature ? planned.plan : undefined;
  if (plan === undefined) {
    plan = planPage(queryClient, request, refs, stored);
    setPlanned({ signature, plan });
  }

  const results = useQueries({
    queries: plan.map((lookup) => lookups.lookup(request.namespace, lookup)),
  });
  const index = nameIndex(queryClient, request.namespace);
  const pendingIds = new Set<string>();
  plan.forEach((lookup, position) => {
    if (results[position]?.isPending === true)
      for (const id of lookup.ids) pendingIds.add(indexKey(lookup.kind, id));
  });
  const resolve = (kind: LookupKind, id: string): NamedRef => {
    const key = indexKey(kind, id);
    const name = index.names.get(key) ?? stored.get(kind, id);
    return { id, name, pending: name === undefined && pendingIds.has(key) };
  };
  const content = toTableContent(runs, (page) => ({
    rows: page.items.map((run) => toRunRow(run, resolve)),
    nextPageToken: page.next_page_token,
    totalSize: page.total_size,
  }));
  // The page's names are kept for later visits (and marked used, so the cap drops others first).
  // (As text: the effect runs when the names change, not on every render.)
  const namedText = serializeNames(namedRefs(refs, showExperiment, resolve));
  useEffect(() => {
    stored.remember(parseStoredNames(namedText));
  }, [stored, namedText]);
  return { content, runs: items ?? NO_RUNS };
}

const NO_RUNS: readonly Run[] = [];

function pageIds(refs: PageRefs, showExperiment: boolean): [LookupKind, readonly string[]][] {
  return [
    ['experiments', showExperiment ? refs.experimentIds : []],
    ['versions', refs.versions.flatMap((group) => group.ids)],
    ['recurring-runs', refs.recurringRunIds],
  ];
}

/** The page's references that have a name, as stored names. */
function namedRefs(
  refs: PageRefs,
  showExperiment: boolean,
  resolve: (kind: LookupKind, id: string) => NamedRef,
): StoredName[] {
  return pageIds(refs, showExperiment).flatMap(([kind, ids]) =>
    ids.flatMap((id): StoredName[] => {
      const { name } = resolve(kind, id);
      return name === undefined ? [] : [[kind, id, name]];
    }),
  );
}
