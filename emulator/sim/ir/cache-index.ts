import type { RunStart } from '../../store/run-engine.ts';
import type { Flavor } from '../flavor.ts';
import { planRun } from '../replay-events.ts';
import {
  cacheEntriesOf,
  hitsToJson,
  lookupEntry,
  type CacheEntry,
  type CacheHit,
  type CacheLookup,
} from './cache.ts';
import { readIrPipeline, unwrapIr } from './spec.ts';
import type { V2Info } from './types.ts';
import type { JsonObject } from '../../lib/json.ts';

/**
 * Where KFP looks a fingerprint up: the API server's task table, filtered by pipeline name
 * (`pipeline/<pipelineInfo.name>`, not the uploaded pipeline's record: two uploads of one spec share
 * their cache) and namespace (backend/src/v2/cacheutils/cache.go GetExecutionCache).
 */
export function cacheGroupOf(run: RunStart): string | undefined {
  const ir = unwrapIr(run.spec);
  return ir ? `${run.namespace}\n${readIrPipeline(ir).name}` : undefined;
}

type MakeFlavor = (run: RunStart, lookup?: CacheLookup) => Flavor<V2Info>;

export interface CacheIndex {
  add(runId: string, group: string, current: () => RunStart): void;
  remove(runId: string): void;
  /** The hits of a run about to be created, as its record keeps them (undefined: none). */
  decide(run: RunStart, flavor: MakeFlavor): JsonObject | undefined;
}

/** The cache entries of every known v2 run, planned when first needed and kept per run version. */
export function createCacheIndex(): CacheIndex {
  const members = new Map<string, { group: string; current: () => RunStart }>();
  const planned = new Map<string, { run: RunStart; entries: readonly CacheEntry[] }>();

  const entriesOf = (runId: string, make: MakeFlavor): readonly CacheEntry[] => {
    const member = members.get(runId);
    if (!member) return [];
    const run = member.current();
    const known = planned.get(runId);
    if (known?.run === run) return known.entries;
    const entries = cacheEntriesOf(planRun(run, make(run)), run.runId, Date.parse(run.createdAt));
    planned.set(runId, { run, entries });
    return entries;
  };

  return {
    add: (runId, group, current) => void members.set(runId, { group, current }),
    remove(runId) {
      members.delete(runId);
      planned.delete(runId);
    },
    decide(run, make) {
      const group = cacheGroupOf(run);
      if (group === undefined) return undefined;
      const createdAtMs = Date.parse(run.createdAt);
      const entries: CacheEntry[] = [];
      for (const [runId, member] of members)
        if (member.group === group && runId !== run.runId) entries.push(...entriesOf(runId, make));
      if (entries.length === 0) return undefined;
      const hits = new Map<string, CacheHit>();
      const lookup: CacheLookup = (key, fingerprint) => {
        const hit = lookupEntry(entries, fingerprint, createdAtMs, createdAtMs);
        if (hit) hits.set(key, hit);
        return hit;
      };
      planRun({ ...run, events: [] }, make(run, lookup));
      return hitsToJson(hits);
    },
  };
}
