/** Query keys of the metadata feature, under the KFP API base (one ML Metadata per server). */
export const metadataKeys = {
  all: (base: string) => ['mlmd', base] as const,
  runApi: (base: string) => [...metadataKeys.all(base), 'run-api'] as const,
  run: (base: string, runId: string) => [...metadataKeys.all(base), 'run', runId] as const,
};
