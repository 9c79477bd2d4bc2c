import { Reader, type Parser } from '../../parse/reader.ts';

/** v1beta1 run status strings (Argo phases as KFP reports them). Unknown values are kept as they come. */
export type V1RunStatus = string;

export interface V1ResourceReference {
  readonly type:
    'UNKNOWN_RESOURCE_TYPE' | 'EXPERIMENT' | 'JOB' | 'PIPELINE' | 'PIPELINE_VERSION' | 'NAMESPACE';
  readonly id: string;
  readonly name: string;
  readonly relationship: 'UNKNOWN_RELATIONSHIP' | 'OWNER' | 'CREATOR';
}

export interface V1RunMetric {
  readonly name: string;
  readonly node_id: string;
  readonly number_value: number;
  readonly format: 'UNSPECIFIED' | 'RAW' | 'PERCENTAGE';
}

/** `apiRunDetail` of `GET /apis/v1beta1/runs/{id}`: how runs of kfp 1.x (Argo) pipelines are read. */
export interface V1RunDetail {
  readonly run: {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly status: V1RunStatus;
    readonly error: string;
    readonly storage_state: 'STORAGESTATE_AVAILABLE' | 'STORAGESTATE_ARCHIVED';
    readonly pipeline_spec: {
      readonly pipeline_id: string;
      readonly pipeline_name: string;
      readonly parameters: readonly { readonly name: string; readonly value: string }[];
      /** The compiled Argo Workflow as a JSON string. */
      readonly workflow_manifest: string;
    };
    readonly resource_references: readonly V1ResourceReference[];
    readonly metrics: readonly V1RunMetric[];
    readonly service_account: string;
    readonly created_at: string | undefined;
    readonly scheduled_at: string | undefined;
    readonly finished_at: string | undefined;
  };
  /** The live Argo Workflow (with `status.nodes`) as a JSON string; empty before it starts. */
  readonly workflow_manifest: string;
}

const parseReference: Parser<V1ResourceReference> = (value, path) => {
  const r = Reader.of(value, path);
  const key = r.object('key', (v, p) => {
    const k = Reader.of(v, p);
    return {
      type: k.enumOf('type', [
        'UNKNOWN_RESOURCE_TYPE',
        'EXPERIMENT',
        'JOB',
        'PIPELINE',
        'PIPELINE_VERSION',
        'NAMESPACE',
      ]),
      id: k.string('id'),
    };
  });
  return {
    type: key?.type ?? 'UNKNOWN_RESOURCE_TYPE',
    id: key?.id ?? '',
    name: r.string('name'),
    relationship: r.enumOf('relationship', ['UNKNOWN_RELATIONSHIP', 'OWNER', 'CREATOR']),
  };
};

export const parseV1RunMetric: Parser<V1RunMetric> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    name: r.string('name'),
    node_id: r.string('node_id'),
    number_value: r.number('number_value'),
    format: r.enumOf('format', ['UNSPECIFIED', 'RAW', 'PERCENTAGE']),
  };
};

export const parseV1RunDetail: Parser<V1RunDetail> = (value, path) => {
  const r = Reader.of(value, path);
  const run = r.requiredObject('run', (v, p) => {
    const x = Reader.of(v, p);
    const spec = x.object('pipeline_spec', (s, sp) => {
      const y = Reader.of(s, sp);
      return {
        pipeline_id: y.string('pipeline_id'),
        pipeline_name: y.string('pipeline_name'),
        parameters: y.array('parameters', (pv, pp) => {
          const z = Reader.of(pv, pp);
          return { name: z.string('name'), value: z.string('value') };
        }),
        workflow_manifest: y.string('workflow_manifest'),
      };
    });
    return {
      id: x.requiredString('id'),
      name: x.string('name'),
      description: x.string('description'),
      status: x.string('status'),
      error: x.string('error'),
      storage_state: x.enumOf('storage_state', ['STORAGESTATE_AVAILABLE', 'STORAGESTATE_ARCHIVED']),
      pipeline_spec: spec ?? {
        pipeline_id: '',
        pipeline_name: '',
        parameters: [],
        workflow_manifest: '',
      },
      resource_references: x.array('resource_references', parseReference),
      metrics: x.array('metrics', parseV1RunMetric),
      service_account: x.string('service_account'),
      created_at: x.timestamp('created_at'),
      scheduled_at: x.timestamp('scheduled_at'),
      finished_at: x.timestamp('finished_at'),
    };
  });
  const runtime = r.object('pipeline_runtime', (v, p) =>
    Reader.of(v, p).string('workflow_manifest'),
  );
  return { run, workflow_manifest: runtime ?? '' };
};
