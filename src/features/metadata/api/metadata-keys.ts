import type { SearchField } from '@/lib/mlmd/filter.ts';

/** A page of artifacts or executions: the query key, so plain data. */
export interface RecordListRequest {
  readonly namespace: string | undefined;
  readonly text: string;
  readonly field: SearchField;
  readonly pageSize: number;
  readonly pageToken: string;
}

/** Query keys of the metadata feature, under the KFP API base (one ML Metadata per server). */
export const metadataKeys = {
  all: (base: string) => ['mlmd', base] as const,
  runApi: (base: string) => [...metadataKeys.all(base), 'run-api'] as const,
  run: (base: string, runId: string) => [...metadataKeys.all(base), 'run', runId] as const,
  artifacts: (base: string, request: RecordListRequest) =>
    [...metadataKeys.all(base), 'artifacts', request] as const,
  artifact: (base: string, id: string) => [...metadataKeys.all(base), 'artifact', id] as const,
  executions: (base: string, request: RecordListRequest) =>
    [...metadataKeys.all(base), 'executions', request] as const,
  execution: (base: string, id: string) => [...metadataKeys.all(base), 'execution', id] as const,
};
