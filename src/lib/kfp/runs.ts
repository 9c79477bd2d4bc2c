import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import { parseEmpty } from './wire/common.ts';
import { listQuery, pageParser, type ListRequest, type Page } from './wire/list.ts';
import { parseRun, type Run } from './wire/run.ts';

const parseRunPage = pageParser('runs', parseRun);

export interface ListRunsParams extends ListRequest {
  readonly namespace?: string;
  readonly experimentId?: string;
  /** `FULL` adds `tasks[]` on KFP master; released servers ignore it (an unknown query parameter). */
  readonly view?: 'DEFAULT' | 'FULL';
}

export function listRuns(
  client: KfpClient,
  params: ListRunsParams,
  signal?: AbortSignal,
): Promise<Page<Run>> {
  return client.get('/apis/v2beta1/runs', parseRunPage, {
    query: {
      ...listQuery(params),
      namespace: params.namespace,
      experiment_id: params.experimentId,
      view: params.view,
    },
    signal,
  });
}

/** `FULL` adds `tasks[]` on servers with the tasks API; older ones answer `run_details.task_details[]`. */
export function getRun(
  client: KfpClient,
  runId: string,
  options: { readonly view?: 'DEFAULT' | 'FULL'; readonly signal?: AbortSignal } = {},
): Promise<Run> {
  return client.get(kfpPath`/apis/v2beta1/runs/${runId}`, parseRun, {
    query: { view: options.view },
    signal: options.signal,
  });
}

/** Either a pipeline version (a reference with only `pipeline_id` means its latest version) or an inline spec. */
export type PipelineSource =
  | {
      readonly pipeline_version_reference: {
        readonly pipeline_id: string;
        readonly pipeline_version_id?: string;
      };
    }
  | { readonly pipeline_spec: Readonly<Record<string, unknown>> };

export type CreateRunBody = PipelineSource & {
  readonly display_name: string;
  readonly description?: string;
  /** In a multi-user install the run takes its experiment's namespace. */
  readonly experiment_id?: string;
  /** Parameter values are native JSON (10, 0.5, true, [...], {...}). */
  readonly runtime_config?: {
    readonly parameters?: Readonly<Record<string, unknown>>;
    readonly pipeline_root?: string;
  };
  readonly service_account?: string;
};

export function createRun(client: KfpClient, body: CreateRunBody): Promise<Run> {
  return client.post('/apis/v2beta1/runs', parseRun, { body });
}

export type RunAction = 'archive' | 'unarchive' | 'terminate' | 'retry';

/** `POST runs/{id}:archive` and friends. Retry is for FAILED runs; terminate for active ones. */
export function runAction(client: KfpClient, runId: string, action: RunAction): Promise<undefined> {
  return client.post(`${kfpPath`/apis/v2beta1/runs/${runId}`}:${action}`, parseEmpty);
}

export function deleteRun(client: KfpClient, runId: string): Promise<undefined> {
  return client.delete(kfpPath`/apis/v2beta1/runs/${runId}`, parseEmpty);
}
