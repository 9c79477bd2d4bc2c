import { Reader } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import { pageParser, type Page } from './wire/list.ts';
import {
  parseV1RunDetail,
  parseV1RunMetric,
  type V1RunDetail,
  type V1RunMetric,
} from './wire/v1-run.ts';

/** `GET /apis/v1beta1/runs/{id}`: a kfp 1.x (Argo) run with its live workflow manifest. */
export function getRunV1(
  client: KfpClient,
  runId: string,
  signal?: AbortSignal,
): Promise<V1RunDetail> {
  return client.get(kfpPath`/apis/v1beta1/runs/${runId}`, parseV1RunDetail, { signal });
}

/** `GET /apis/v1beta1/pipeline_versions/{id}/templates`: the uploaded file as YAML text. */
export function getPipelineVersionTemplate(
  client: KfpClient,
  versionId: string,
  signal?: AbortSignal,
): Promise<string> {
  return client.get(
    kfpPath`/apis/v1beta1/pipeline_versions/${versionId}/templates`,
    (value, path) => Reader.of(value, path).string('template'),
    { signal },
  );
}

/** A run's reported v1 metrics (`api.RunMetric`), from a v1beta1 list. */
export interface V1RunMetrics {
  readonly id: string;
  readonly metrics: readonly V1RunMetric[];
}

const parseRunMetricsPage = pageParser('runs', (value, path): V1RunMetrics => {
  const r = Reader.of(value, path);
  return { id: r.requiredString('id'), metrics: r.array('metrics', parseV1RunMetric) };
});

/**
 * The v1 metrics the persistence agent reported for the given runs (`run_metrics`; the v2beta1
 * Run message has none): one v1beta1 list call with `id IN [...]` (an api.Predicate: `op`, not
 * `operation`), in the namespace when there is one. The answer also carries each run's compiled
 * workflow (KFP lists full runs): ask only when metric columns are shown.
 */
export function listRunMetricsV1(
  client: KfpClient,
  params: { readonly namespace: string | undefined; readonly runIds: readonly string[] },
  signal?: AbortSignal,
): Promise<Page<V1RunMetrics>> {
  const predicate = { key: 'id', op: 'IN', string_values: { values: params.runIds } };
  return client.get('/apis/v1beta1/runs', parseRunMetricsPage, {
    query: {
      'resource_reference_key.type': params.namespace === undefined ? undefined : 'NAMESPACE',
      'resource_reference_key.id': params.namespace,
      page_size: params.runIds.length,
      filter: encodeURIComponent(JSON.stringify({ predicates: [predicate] })),
    },
    signal,
  });
}
