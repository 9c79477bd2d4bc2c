import { isRecord } from '@/lib/parse/reader.ts';
import { v1DeclaredInputs, type V1ValueType } from './v1-parameter-types.ts';

/**
 * The run parameters a pipeline version declares, read from its spec (KFP-NOTES "Parameters"):
 * KFP v2 IR `root.inputDefinitions.parameters` (typed) or an Argo Workflow's `spec.arguments.parameters`
 * (kfp 1.x SDK: strings on the wire, typed by the SDK's `pipeline_spec` annotation when it is there).
 * The spec is the version's `pipeline_spec`, possibly wrapped as `{pipeline_spec, platform_spec}`.
 */
export const PARAMETER_TYPES = [
  'STRING',
  'NUMBER_INTEGER',
  'NUMBER_DOUBLE',
  'BOOLEAN',
  'LIST',
  'STRUCT',
] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
/** What a field's text is checked as: a v2 type, or any JSON (the kfp 1.x SDK's `Json`). */
export type FieldType = ParameterType | V1ValueType;

export interface ParameterField {
  readonly name: string;
  readonly type: FieldType;
  /**
   * v1 (Argo) parameters are strings on the wire whatever they look like; their type comes from the kfp 1.x
   * SDK's annotation (`STRING` without one) and only decides what the form accepts.
   */
  readonly flavor: 'v1' | 'v2';
  /** The type as a v1 pipeline declares it (`Float`, `Integer`, …), when it does. */
  readonly typeName?: string;
  readonly description: string;
  /** The declared default as a native JSON value (a string for v1), when there is one. */
  readonly defaultValue: unknown;
  readonly hasDefault: boolean;
  /** May be left empty: optional or defaulted (the server then uses the default). */
  readonly optional: boolean;
  /** Allowed values (`literals`), when the spec restricts them. */
  readonly literals: readonly unknown[] | undefined;
}

export type PipelineKind = 'v1' | 'v2';

export type SpecParameters =
  | { readonly ok: true; readonly kind: PipelineKind; readonly fields: readonly ParameterField[] }
  | { readonly ok: false; readonly error: string };

function isParameterType(value: unknown): value is ParameterType {
  return PARAMETER_TYPES.some((type) => type === value);
}

/** The IR or the Argo Workflow inside a version's `pipeline_spec` (which may be `{pipeline_spec, platform_spec}`). */
export function pipelineKindOf(
  spec: unknown,
): { kind: PipelineKind; document: Readonly<Record<string, unknown>> } | undefined {
  if (!isRecord(spec)) return undefined;
  const inner = spec.pipeline_spec ?? spec.pipelineSpec;
  if (inner !== undefined) return pipelineKindOf(inner);
  if (
    spec.kind === 'Workflow' &&
    typeof spec.apiVersion === 'string' &&
    spec.apiVersion.startsWith('argoproj.io/')
  )
    return { kind: 'v1', document: spec };
  if (isRecord(spec.root)) return { kind: 'v2', document: spec };
  return undefined;
}

function v2Fields(ir: Readonly<Record<string, unknown>>): ParameterField[] {
  const root = isRecord(ir.root) ? ir.root : {};
  const inputs = isRecord(root.inputDefinitions) ? root.inputDefinitions : {};
  const declared = isRecord(inputs.parameters) ? inputs.parameters : {};
  const fields: ParameterField[] = [];
  for (const [name, definition] of Object.entries(declared)) {
    if (!isRecord(definition)) continue;
    // TASK_FINAL_STATUS and unknown types are filled by the runtime, never by the user.
    if (!isParameterType(definition.parameterType)) continue;
    const hasDefault = 'defaultValue' in definition && definition.defaultValue !== undefined;
    fields.push({
      name,
      type: definition.parameterType,
      flavor: 'v2',
      description: typeof definition.description === 'string' ? definition.description : '',
      defaultValue: hasDefault ? definition.defaultValue : undefined,
      hasDefault,
      optional: definition.isOptional === true || hasDefault,
      literals:
        Array.isArray(definition.literals) && definition.literals.length > 0
          ? definition.literals
          : undefined,
    });
  }
  return fields;
}

function v1Fields(workflow: Readonly<Record<string, unknown>>): ParameterField[] {
  const spec = isRecord(workflow.spec) ? workflow.spec : {};
  const args = isRecord(spec.arguments) ? spec.arguments : {};
  const parameters = Array.isArray(args.parameters) ? args.parameters : [];
  const inputs = v1DeclaredInputs(workflow);
  return parameters.flatMap((parameter): ParameterField[] => {
    if (!isRecord(parameter) || typeof parameter.name !== 'string' || parameter.name === '')
      return [];
    const value = parameter.value;
    const hasDefault = value !== undefined && value !== null;
    const declared = inputs.get(parameter.name);
    return [
      {
        name: parameter.name,
        type: declared?.type ?? 'STRING',
        flavor: 'v1',
        ...(declared?.typeName ? { typeName: declared.typeName } : {}),
        description: declared?.description ?? '',
        defaultValue: hasDefault ? valueText(value) : undefined,
        hasDefault,
        // Without the annotation nothing says a value is needed (the old untyped behaviour).
        optional: declared === undefined || declared.optional || hasDefault,
        literals:
          Array.isArray(parameter.enum) && parameter.enum.length > 0
            ? parameter.enum.map(String)
            : undefined,
      },
    ];
  });
}

/** The parameters a run of this spec takes, in declaration order. */
export function parametersFromSpec(spec: unknown): SpecParameters {
  const found = pipelineKindOf(spec);
  if (!found)
    return {
      ok: false,
      error:
        'The pipeline version has no spec this form can read (neither a KFP v2 pipeline nor an Argo Workflow).',
    };
  return {
    ok: true,
    kind: found.kind,
    fields: found.kind === 'v2' ? v2Fields(found.document) : v1Fields(found.document),
  };
}

/** Argo parameter values are strings; a hand-written file may hold a number or boolean. */
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
