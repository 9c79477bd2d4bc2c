import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import { parseEmpty } from './wire/common.ts';
import { parseExperiment, type Experiment } from './wire/experiment.ts';
import { listQuery, pageParser, type ListRequest, type Page } from './wire/list.ts';

const parseExperimentPage = pageParser('experiments', parseExperiment);

export interface ListExperimentsParams extends ListRequest {
  readonly namespace?: string;
}

export function listExperiments(
  client: KfpClient,
  params: ListExperimentsParams,
  signal?: AbortSignal,
): Promise<Page<Experiment>> {
  return client.get('/apis/v2beta1/experiments', parseExperimentPage, {
    query: { ...listQuery(params), namespace: params.namespace },
    signal,
  });
}

export function getExperiment(
  client: KfpClient,
  experimentId: string,
  signal?: AbortSignal,
): Promise<Experiment> {
  return client.get(kfpPath`/apis/v2beta1/experiments/${experimentId}`, parseExperiment, {
    signal,
  });
}

export interface CreateExperimentBody {
  readonly display_name: string;
  readonly description?: string;
  readonly namespace?: string;
}

export function createExperiment(
  client: KfpClient,
  body: CreateExperimentBody,
): Promise<Experiment> {
  return client.post('/apis/v2beta1/experiments', parseExperiment, { body });
}

/** Archiving an experiment also archives its runs and disables its recurring runs. */
export function archiveExperiment(client: KfpClient, experimentId: string): Promise<undefined> {
  return client.post(kfpPath`/apis/v2beta1/experiments/${experimentId}:archive`, parseEmpty);
}

export function unarchiveExperiment(client: KfpClient, experimentId: string): Promise<undefined> {
  return client.post(kfpPath`/apis/v2beta1/experiments/${experimentId}:unarchive`, parseEmpty);
}

export function deleteExperiment(client: KfpClient, experimentId: string): Promise<undefined> {
  return client.delete(kfpPath`/apis/v2beta1/experiments/${experimentId}`, parseEmpty);
}
