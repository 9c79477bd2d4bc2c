/** Public surface of the metadata feature (ML Metadata: run records and the server's run API). */
export { metadataKeys } from './api/metadata-keys.ts';
export { metadataQueries } from './api/metadata-queries.ts';
export { useRunApi } from './api/use-run-api.ts';
export { runApiOf, type RunApi, type RunApiEvidence } from './model/run-api.ts';
