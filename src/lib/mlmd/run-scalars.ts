import type { MlmdClient } from './client.ts';
import { filterString } from './filter.ts';
import { PIPELINE_RUN_CONTEXT_TYPE } from './run-metadata.ts';

/** A named number a v2 task logged (`metrics.log_metric`): a custom property of a system.Metrics artifact. */
export interface RunScalar {
  readonly name: string;
  readonly value: number;
}

/** Properties KFP's launcher writes on every artifact, not metrics. */
const notMetrics: ReadonlySet<string> = new Set(['display_name', 'store_session_info']);

/**
 * The scalar metrics of a released-KFP v2 run: its system.Metrics artifacts in ML Metadata, found by
 * one filtered GetArtifacts call (the run's `system.PipelineRun` context is named by the run id),
 * oldest first; each numeric custom property but KFP's own is a metric.
 */
export async function readRunScalars(
  client: MlmdClient,
  runId: string,
  signal?: AbortSignal,
): Promise<RunScalar[]> {
  const filterQuery = `type = 'system.Metrics' AND contexts_r.type = ${filterString(PIPELINE_RUN_CONTEXT_TYPE)} AND contexts_r.name = ${filterString(runId)}`;
  const scalars: RunScalar[] = [];
  let token = '';
  for (let page = 0; page < 20; page++) {
    const answer = await client.call((s) =>
      s.getArtifacts(
        { options: { maxResultSize: 100, nextPageToken: token, filterQuery } },
        { signal },
      ),
    );
    for (const artifact of answer.artifacts) {
      for (const [name, value] of Object.entries(artifact.customProperties)) {
        if (notMetrics.has(name)) continue;
        const v = value.value;
        if (v.case === 'doubleValue') scalars.push({ name, value: v.value });
        else if (v.case === 'intValue') scalars.push({ name, value: Number(v.value) });
      }
    }
    if (answer.nextPageToken === '' || answer.nextPageToken === token) break;
    token = answer.nextPageToken;
  }
  return scalars;
}
