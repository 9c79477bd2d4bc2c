import { request, SeedError, type SeedCall } from './api.ts';
import type { BulkRunCreator, SeedClock, SeedContext } from './actions.ts';
import { seedDefault, type SeededData } from './default-profile.ts';
import { seedLarge, type LargeData } from './large-profile.ts';

export type SeedProfile = 'default' | 'large';

export interface SeedResult extends SeededData {
  readonly multiUser: boolean;
  readonly large?: LargeData;
}

/**
 * Loads the demo data through the KFP HTTP API: the tutorial's four pipelines and two v2 pipelines
 * (shared and private, a second version), experiments in both namespaces, runs that end in every
 * state (succeeded, failed, canceled, archived, still running), recurring runs; `large` adds the
 * benchmark data.
 */
export interface SeedOptions {
  /** Sets the API's clock, so the seed can create things in the past (most runs have then finished). */
  readonly clock?: SeedClock;
  /** Creates the large profile's 10,000 runs without a round trip each. */
  readonly bulkRuns?: BulkRunCreator;
}

export async function seed(
  call: SeedCall,
  profile: SeedProfile = 'default',
  options: SeedOptions = {},
): Promise<SeedResult> {
  const health = await request(call, null, 'GET', '/apis/v2beta1/healthz');
  const { clock, bulkRuns } = options;
  const ctx: SeedContext = {
    call,
    multiUser: health.multi_user === true,
    start: Date.now(),
    clock,
    bulkRuns,
  };
  try {
    const data = await seedDefault(ctx);
    if (profile === 'default') return { ...data, multiUser: ctx.multiUser };
    const dataHandling = data.pipelines['data-handling'];
    if (!dataHandling) throw new SeedError('the data handling pipeline was not uploaded');
    return { ...data, multiUser: ctx.multiUser, large: await seedLarge(ctx, dataHandling) };
  } finally {
    clock?.set(undefined);
  }
}
