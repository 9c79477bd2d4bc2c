import type * as MlmdApi from './api.ts';

export type MlmdModule = typeof MlmdApi;

/** Loads the ML Metadata client chunk (protobuf + connect + generated code) when first needed. */
export function loadMlmd(): Promise<MlmdModule> {
  return import('./api.ts');
}
