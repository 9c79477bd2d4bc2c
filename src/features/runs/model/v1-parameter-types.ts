import { isRecord } from '@/lib/parse/reader.ts';

/**
 * Types of a kfp 1.x pipeline's parameters. The v1 SDK writes the pipeline's signature into the Workflow's
 * `metadata.annotations["pipelines.kubeflow.org/pipeline_spec"]` as JSON: `{name, description, inputs: [{name,
 * type, default, optional, description}]}` (kfp 1.8 `compiler.py` / `dsl/_metadata.py`). `type` is a name
 * (`Float`, `Integer`, …) or, for `kfp.dsl.types` classes, `{"Integer": {"openapi_schema_validator": …}}`.
 */

/** The value types the form checks; `JSON` is the v1 SDK's any-JSON type (`Json`). */
export type V1ValueType =
  'STRING' | 'NUMBER_INTEGER' | 'NUMBER_DOUBLE' | 'BOOLEAN' | 'LIST' | 'STRUCT' | 'JSON';

export interface V1DeclaredInput {
  /** As the pipeline declares it, e.g. `Float`. */
  readonly typeName: string;
  readonly type: V1ValueType;
  readonly description: string;
  readonly optional: boolean;
}

// The names the kfp 1.x SDK's converters know (kfp 1.8 `components/_data_passing.py`), lower-cased.
const TYPE_BY_NAME: Readonly<Record<string, V1ValueType>> = {
  integer: 'NUMBER_INTEGER',
  int: 'NUMBER_INTEGER',
  float: 'NUMBER_DOUBLE',
  bool: 'BOOLEAN',
  boolean: 'BOOLEAN',
  list: 'LIST',
  jsonarray: 'LIST',
  dict: 'STRUCT',
  dictionary: 'STRUCT',
  jsonobject: 'STRUCT',
  json: 'JSON',
};

function typeNameOf(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  // `kfp.dsl.types.Integer()` serializes as {"Integer": {"openapi_schema_validator": {…}}}.
  if (isRecord(type)) {
    const keys = Object.keys(type);
    if (keys.length === 1) return keys[0];
  }
  return undefined;
}

/** The SDK's `sanitize_k8s_name(name, allow_capital_underscore=True)`: how an input is named in the Workflow. */
function sanitized(name: string): string {
  return name
    .replace(/[^-_0-9A-Za-z]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The declared inputs of a kfp 1.x Workflow by Argo parameter name; empty without the annotation. */
export function v1DeclaredInputs(
  workflow: Readonly<Record<string, unknown>>,
): ReadonlyMap<string, V1DeclaredInput> {
  const declared = new Map<string, V1DeclaredInput>();
  const metadata = isRecord(workflow.metadata) ? workflow.metadata : {};
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
  const text = annotations['pipelines.kubeflow.org/pipeline_spec'];
  if (typeof text !== 'string') return declared;
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch {
    return declared;
  }
  if (!isRecord(spec) || !Array.isArray(spec.inputs)) return declared;
  for (const input of spec.inputs) {
    if (!isRecord(input) || typeof input.name !== 'string') continue;
    const typeName = typeNameOf(input.type);
    const entry: V1DeclaredInput = {
      typeName: typeName ?? '',
      type: (typeName === undefined ? undefined : TYPE_BY_NAME[typeName.toLowerCase()]) ?? 'STRING',
      description: typeof input.description === 'string' ? input.description : '',
      optional: input.optional === true,
    };
    declared.set(input.name, entry);
    const argoName = sanitized(input.name);
    if (!declared.has(argoName)) declared.set(argoName, entry);
  }
  return declared;
}
