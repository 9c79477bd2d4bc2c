import { Reader, parseString, type Parser } from '../../parse/reader.ts';
import { parseRpcStatus, type JsonObject, type RpcStatus } from './common.ts';

/** `v2beta1Pipeline` */
export interface Pipeline {
  readonly pipeline_id: string;
  readonly name: string;
  readonly display_name: string;
  readonly description: string;
  readonly created_at: string | undefined;
  /** Empty for a shared pipeline. */
  readonly namespace: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly error: RpcStatus | undefined;
}

export const parsePipeline: Parser<Pipeline> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    pipeline_id: r.requiredString('pipeline_id'),
    name: r.string('name'),
    display_name: r.string('display_name'),
    description: r.string('description'),
    created_at: r.timestamp('created_at'),
    namespace: r.string('namespace'),
    tags: r.record('tags', parseString),
    error: r.object('error', parseRpcStatus),
  };
};

/** `v2beta1PipelineVersion`. `pipeline_spec` is the uploaded file as JSON: a v2 IR spec or an Argo Workflow. */
export interface PipelineVersion {
  readonly pipeline_id: string;
  readonly pipeline_version_id: string;
  readonly name: string;
  readonly display_name: string;
  readonly description: string;
  readonly created_at: string | undefined;
  readonly package_url: string | undefined;
  readonly code_source_url: string;
  readonly pipeline_spec: JsonObject | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly error: RpcStatus | undefined;
}

export const parsePipelineVersion: Parser<PipelineVersion> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    pipeline_id: r.string('pipeline_id'),
    pipeline_version_id: r.requiredString('pipeline_version_id'),
    name: r.string('name'),
    display_name: r.string('display_name'),
    description: r.string('description'),
    created_at: r.timestamp('created_at'),
    package_url: r.object('package_url', (v, p) => Reader.of(v, p).optionalString('pipeline_url')),
    code_source_url: r.string('code_source_url'),
    pipeline_spec: r.jsonObject('pipeline_spec'),
    tags: r.record('tags', parseString),
    error: r.object('error', parseRpcStatus),
  };
};
