import type { CreateRecurringRunBody } from '@/lib/kfp/recurring-runs.ts';
import type { CreateRunBody } from '@/lib/kfp/runs.ts';
import {
  buildTrigger,
  DEFAULT_TRIGGER,
  type TriggerField,
  type TriggerInput,
} from './run-form-trigger.ts';
import type { ParameterField, PipelineKind } from './run-parameters.ts';
import { parseParameters, type ParameterTexts } from './run-parameters-values.ts';

/** Everything the start-run form holds. Parameter texts are keyed by parameter name. */
export interface RunFormValues {
  readonly pipelineId: string;
  readonly versionId: string;
  /** Recurring runs only: a version reference with only `pipeline_id` (always the latest version). */
  readonly useLatestVersion: boolean;
  readonly experimentId: string;
  readonly name: string;
  readonly description: string;
  readonly serviceAccount: string;
  /** v2 only. */
  readonly pipelineRoot: string;
  readonly parameters: ParameterTexts;
  readonly mode: 'once' | 'recurring';
  readonly trigger: TriggerInput;
}

export const EMPTY_RUN_FORM: RunFormValues = {
  pipelineId: '',
  versionId: '',
  useLatestVersion: false,
  experimentId: '',
  name: '',
  description: '',
  serviceAccount: '',
  pipelineRoot: '',
  parameters: {},
  mode: 'once',
  trigger: DEFAULT_TRIGGER,
};

export type RunFormField = 'pipeline' | 'version' | 'experiment' | 'name' | TriggerField;

export interface RunFormErrors {
  readonly fields: Readonly<Partial<Record<RunFormField, string>>>;
  /** By parameter name. */
  readonly parameters: Readonly<Record<string, string>>;
}

export type BuiltRequest =
  | { readonly ok: true; readonly kind: 'run'; readonly body: CreateRunBody }
  | { readonly ok: true; readonly kind: 'recurring'; readonly body: CreateRecurringRunBody }
  | { readonly ok: false; readonly errors: RunFormErrors };

const pad = (n: number) => String(n).padStart(2, '0');

/** `Run of <pipeline> (2026-11-25 14:03:07)`: unique enough, and says what it is. */
export function defaultRunName(pipelineName: string, now: Date, recurring = false): string {
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `${recurring ? 'Recurring run' : 'Run'} of ${pipelineName || 'pipeline'} (${stamp})`;
}

/** `Clone of <name>`, without stacking "Clone of Clone of". */
export function cloneName(sourceName: string): string {
  return sourceName.startsWith('Clone of ') ? sourceName : `Clone of ${sourceName}`;
}

export interface BuildContext {
  readonly kind: PipelineKind;
  readonly fields: readonly ParameterField[];
  /** Multi-user installs need an experiment (the run takes its namespace). */
  readonly experimentRequired: boolean;
}

/** Validates the whole form and builds the create-run or create-recurring-run body. Nothing is sent when anything is invalid. */
export function buildRunRequest(values: RunFormValues, context: BuildContext): BuiltRequest {
  const fields: Partial<Record<RunFormField, string>> = {};
  if (values.pipelineId === '') fields.pipeline = 'Choose a pipeline';
  const latest = values.mode === 'recurring' && values.useLatestVersion;
  if (values.versionId === '' && !latest) fields.version = 'Choose a pipeline version';
  if (values.experimentId === '' && context.experimentRequired)
    fields.experiment = 'Choose an experiment';
  if (values.name.trim() === '') fields.name = 'Enter a run name';
  const parameters = parseParameters(context.fields, values.parameters);
  let trigger: Extract<ReturnType<typeof buildTrigger>, { ok: true }>['body'] | undefined;
  if (values.mode === 'recurring') {
    const built = buildTrigger(values.trigger);
    if (built.ok) trigger = built.body;
    else Object.assign(fields, built.errors);
  }
  if (Object.keys(fields).length > 0 || Object.keys(parameters.errors).length > 0) {
    return { ok: false, errors: { fields, parameters: parameters.errors } };
  }
  const common = {
    display_name: values.name.trim(),
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
    ...(values.experimentId ? { experiment_id: values.experimentId } : {}),
    ...(values.serviceAccount.trim() ? { service_account: values.serviceAccount.trim() } : {}),
    runtime_config: {
      parameters: parameters.values,
      ...(context.kind === 'v2' && values.pipelineRoot.trim()
        ? { pipeline_root: values.pipelineRoot.trim() }
        : {}),
    },
    pipeline_version_reference: latest
      ? { pipeline_id: values.pipelineId }
      : { pipeline_id: values.pipelineId, pipeline_version_id: values.versionId },
  };
  if (values.mode === 'once' || trigger === undefined)
    return { ok: true, kind: 'run', body: common };
  return { ok: true, kind: 'recurring', body: { ...common, ...trigger, mode: 'ENABLE' } };
}

export function hasErrors(errors: RunFormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || Object.keys(errors.parameters).length > 0;
}
