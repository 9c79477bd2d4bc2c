import { Reader, type Parser } from '../../parse/reader.ts';

/** `googleRpcStatus`: an error attached to a resource or a state change. */
export interface RpcStatus {
  readonly code: number;
  readonly message: string;
}

export const parseRpcStatus: Parser<RpcStatus> = (value, path) => {
  const r = Reader.of(value, path);
  return { code: r.number('code'), message: r.string('message') };
};

export const RUNTIME_STATES = [
  'RUNTIME_STATE_UNSPECIFIED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CANCELING',
  'CANCELED',
  'PAUSED',
] as const;
export type RuntimeState = (typeof RUNTIME_STATES)[number];

export const FINISHED_STATES: readonly RuntimeState[] = [
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CANCELED',
];

export function isFinished(state: RuntimeState): boolean {
  return FINISHED_STATES.includes(state);
}

/** `v2beta1RuntimeStatus`: one entry of a state history. */
export interface RuntimeStatus {
  readonly update_time: string | undefined;
  readonly state: RuntimeState;
  readonly error: RpcStatus | undefined;
}

export const parseRuntimeStatus: Parser<RuntimeStatus> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    update_time: r.timestamp('update_time'),
    state: r.enumOf('state', RUNTIME_STATES),
    error: r.object('error', parseRpcStatus),
  };
};

export const STORAGE_STATES = ['STORAGE_STATE_UNSPECIFIED', 'AVAILABLE', 'ARCHIVED'] as const;
export type StorageState = (typeof STORAGE_STATES)[number];

/** Which pipeline version a run uses; a reference with only `pipeline_id` means "the latest version". */
export interface PipelineVersionReference {
  readonly pipeline_id: string;
  readonly pipeline_version_id: string | undefined;
}

export const parsePipelineVersionReference: Parser<PipelineVersionReference> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    pipeline_id: r.string('pipeline_id'),
    pipeline_version_id: r.optionalString('pipeline_version_id'),
  };
};

/** Run-time inputs; parameter values are native JSON (numbers, booleans, lists, objects). */
export interface RuntimeConfig {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly pipeline_root: string | undefined;
}

export const parseRuntimeConfig: Parser<RuntimeConfig> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    parameters: r.jsonObject('parameters') ?? {},
    pipeline_root: r.optionalString('pipeline_root'),
  };
};

/** A free-form JSON object (`pipeline_spec`, `platform_spec`). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** `{}`: the answer of archive, terminate, delete and the like. Any fields are ignored. */
export const parseEmpty: Parser<undefined> = (value, path) => {
  Reader.of(value, path);
  return undefined;
};
