/** The emulator's demo data, loaded through the KFP HTTP API. */
export { seed, type SeedOptions, type SeedProfile, type SeedResult } from './seed.ts';
export { createBulkRuns, createSeedCall, seedEmulator } from './in-process.ts';
export { SeedError, type SeedCall, type SeedUser } from './api.ts';
export type { BulkRun, BulkRunCreator, SeedClock } from './actions.ts';
export type { SeededData } from './default-profile.ts';
export type { LargeData } from './large-profile.ts';
