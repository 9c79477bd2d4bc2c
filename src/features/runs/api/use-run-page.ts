import { useEffect, useMemo, useState } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { toTableContent, type TableContent } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import {
  pageRefs,
  planLookups,
  refsSignature,
  type Lookup,
  type LookupKind,
  type PageRefs,
} from '../model/lookup-plan';
import { toRunRow, type NamedRef, type RunRow } from '../model/run-row';
import { parseStoredNames, serializeNames, type StoredName } from '../model/name-store';
import { useNameStore } from './persisted-names';
import type { RunListRequest } from './run-keys';
import { indexKey, nameIndex, runLookupQueries } from './run-lookups';
import { runQueries } from './run-queries';

export interface RunPage {
  readonly content: TableContent<RunRow>;
  /** How many of the page's references have no name because no lookup asked for them yet. */
  readonly deferred: number;
  /** Looks up every deferred name now (the user asked: beyond the page's automatic budget). */
  readonly loadDeferred: () => void;
}

/**
 * One page of runs as table rows: the runs list plus at most `LOOKUP_BUDGET` name lookups, planned
 * once per page content from the names the namespace's earlier lookups already found, in this query
 * cache or kept in browser storage by earlier visits (a poll of the same page plans nothing new). While a lookup runs its cells show a placeholder; a failed lookup
 * leaves ids in place of names and never hides the runs; names the budget left out are `deferred`
 * until a later page looks them up, or the user asks for them (`loadDeferred`).
 */
export function useRunPage(request: RunListRequest): RunPage {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const lookups = runLookupQueries(client);
  const runs = useQuery(runQueries(client).list(request));
  const showExperiment = request.experimentId === undefined;
  const refs = useMemo(() => pageRefs(runs.data?.items ?? []), [runs.data]);
  const stored = useNameStore(request.namespace);
  const [askedAt, setAskedAt] = useState<string>();
  const pageSignature = `${request.namespace ?? ''}|${refsSignature(refs, showExperiment)}`;
  const everything = askedAt === pageSignature;
  const signature = `${pageSignature}|${String(everything)}`;

  // The plan is fixed when the page's references change, from what was known at that moment.
  const [planned, setPlanned] = useState<{
    readonly signature: string;
    readonly plan: readonly Lookup[];
  }>();
  let plan = planned?.signature === signature ? planned.plan : undefined;
  if (plan === undefined) {
    const before = nameIndex(queryClient, request.namespace);
    plan = planLookups(
      refs,
      (kind, id) => before.known.has(indexKey(kind, id)) || stored.get(kind, id) !== undefined,
      { showExperiment, budget: everything ? Infinity : undefined },
    );
    setPlanned({ signature, plan });
  }

  const results = useQueries({
    queries: plan.map((lookup) => lookups.lookup(request.namespace, lookup)),
  });
  const index = nameIndex(queryClient, request.namespace);
  const pendingIds = new Set<string>();
  const plannedIds = new Set<string>();
  plan.forEach((lookup, position) => {
    for (const id of lookup.ids) {
      plannedIds.add(indexKey(lookup.kind, id));
      if (results[position]?.isPending === true) pendingIds.add(indexKey(lookup.kind, id));
    }
  });
  const resolve = (kind: LookupKind, id: string): NamedRef => {
    const key = indexKey(kind, id);
    const name = index.names.get(key) ?? stored.get(kind, id);
    return {
      id,
      name,
      pending: name === undefined && pendingIds.has(key),
      deferred: name === undefined && !index.known.has(key) && !plannedIds.has(key),
    };
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
  return {
    content,
    deferred: deferredCount(refs, showExperiment, resolve),
    loadDeferred: () => setAskedAt(pageSignature),
  };
}

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

function deferredCount(
  refs: PageRefs,
  showExperiment: boolean,
  resolve: (kind: LookupKind, id: string) => NamedRef,
): number {
  return pageIds(refs, showExperiment).reduce(
    (sum, [kind, list]) => sum + list.filter((id) => resolve(kind, id).deferred).length,
    0,
  );
}
