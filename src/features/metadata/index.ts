/** Public surface of the metadata feature (ML Metadata: run records, artifacts and executions pages). */
export { metadataKeys, type RecordListRequest } from './api/metadata-keys.ts';
export { metadataQueries } from './api/metadata-queries.ts';
export { useRunApi } from './api/use-run-api.ts';
export { runApiOf, type RunApi, type RunApiEvidence } from './model/run-api.ts';
