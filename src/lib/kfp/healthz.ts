import { Reader, type Parser } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';

export interface Healthz {
  readonly multi_user: boolean;
  readonly pipeline_store: string;
  readonly commit_sha: string;
  readonly tag_name: string;
}

export const parseHealthz: Parser<Healthz> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    multi_user: r.boolean('multi_user'),
    pipeline_store: r.string('pipeline_store'),
    commit_sha: r.string('commit_sha'),
    tag_name: r.string('tag_name'),
  };
};

export function getHealthz(client: KfpClient, signal?: AbortSignal): Promise<Healthz> {
  return client.get('/apis/v2beta1/healthz', parseHealthz, { signal });
}
