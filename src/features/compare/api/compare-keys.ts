/** Query keys the compare page adds (v1 `mlpipeline-metrics` files); the rest are the features' own. */
export const compareKeys = {
  all: ['compare'] as const,
  v1Metrics: (runId: string, nodeId: string) =>
    [...compareKeys.all, 'v1-metrics', runId, nodeId] as const,
};
