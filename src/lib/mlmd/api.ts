/**
 * The ML Metadata chunk: everything that needs protobuf code. Never import this file statically:
 * `loadMlmd()` (./load.ts) imports it at the point of use, so list pages carry 0 bytes of it.
 */
import type { KfpClient } from '../kfp/client.ts';
import { createMlmdClient, type MlmdClient } from './client.ts';

export { readRunMetadata } from './run-metadata.ts';
export { readRunScalars, type RunScalar } from './run-scalars.ts';
export { getArtifactDetail, getExecutionDetail, listArtifacts, listExecutions } from './records.ts';
export { contextsOfRecords, originsOf } from './record-origins.ts';

const clients = new WeakMap<KfpClient, MlmdClient>();

/** The MLMD client bound to the app's KFP client (one per KFP client). */
export function mlmdFor(kfp: KfpClient): MlmdClient {
  let client = clients.get(kfp);
  if (!client) {
    client = createMlmdClient(kfp);
    clients.set(kfp, client);
  }
  return client;
}
