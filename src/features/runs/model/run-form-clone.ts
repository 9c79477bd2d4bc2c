import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { cloneName, EMPTY_RUN_FORM, type RunFormValues } from './run-form.ts';
import { triggerInputFrom } from './run-form-trigger.ts';
import { valueToText } from './run-parameters-values.ts';

export interface RunFormStart {
  readonly values: RunFormValues;
  /** The user (or the source) named it: no default name over it. */
  readonly named: boolean;
  /** Set for clones: the version the source ran (offers the latest when stale) and its name. */
  readonly clone:
    | {
        readonly sourceName: string;
        readonly versionId: string | undefined;
        readonly inlineSpec: boolean;
      }
    | undefined;
  /** Set when editing a recurring run: saving replaces it (KFP cannot update one). */
  readonly edit?: { readonly recurringRunId: string; readonly enabled: boolean } | undefined;
}

export interface StartParams {
  readonly pipelineId?: string | undefined;
  readonly versionId?: string | undefined;
  readonly experimentId?: string | undefined;
  readonly recurring?: boolean;
}

/** A fresh form, prefilled from the URL (`?pipelineId=&versionId=&experimentId=`). */
export function freshStart(params: StartParams): RunFormStart {
  return {
    values: {
      ...EMPTY_RUN_FORM,
      pipelineId: params.pipelineId ?? '',
      versionId: params.pipelineId ? (params.versionId ?? '') : '',
      experimentId: params.experimentId ?? '',
      mode: params.recurring ? 'recurring' : 'once',
    },
    named: false,
    clone: undefined,
  };
}

function textsOf(
  parameters: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameters ?? {}).map(([name, value]) => [name, valueToText(value)]),
  );
}

type Source = Pick<
  Run,
  | 'display_name'
  | 'description'
  | 'experiment_id'
  | 'service_account'
  | 'runtime_config'
  | 'pipeline_version_reference'
  | 'pipeline_version_id'
  | 'pipeline_spec'
>;

function common(source: Source): RunFormValues {
  const ref = source.pipeline_version_reference;
  const versionId = ref?.pipeline_version_id ?? source.pipeline_version_id ?? '';
  return {
    ...EMPTY_RUN_FORM,
    pipelineId: ref?.pipeline_id ?? '',
    versionId: ref?.pipeline_id ? versionId : '',
    experimentId: source.experiment_id,
    name: cloneName(source.display_name),
    description: source.description,
    serviceAccount: source.service_account,
    pipelineRoot: source.runtime_config?.pipeline_root ?? '',
    parameters: textsOf(source.runtime_config?.parameters),
  };
}

function cloneInfo(source: Source, values: RunFormValues): RunFormStart['clone'] {
  return {
    sourceName: source.display_name,
    versionId: values.versionId || undefined,
    inlineSpec: values.pipelineId === '' && source.pipeline_spec !== undefined,
  };
}

/** "Clone run": the source's pipeline version, experiment, settings and parameter values. */
export function cloneOfRun(run: Run): RunFormStart {
  const values = common(run);
  return { values, named: true, clone: cloneInfo(run, values) };
}

/** "Edit recurring run": the clone under the same name, to replace the original. */
export function editOfRecurringRun(recurringRun: RecurringRun): RunFormStart {
  const clone = cloneOfRecurringRun(recurringRun);
  return {
    ...clone,
    values: { ...clone.values, name: recurringRun.display_name },
    edit: {
      recurringRunId: recurringRun.recurring_run_id,
      enabled: recurringRun.status === 'ENABLED',
    },
  };
}

/** "Clone recurring run": also its schedule; a reference without a version means "always the latest". */
export function cloneOfRecurringRun(recurringRun: RecurringRun): RunFormStart {
  const base = common(recurringRun);
  const latest = base.pipelineId !== '' && base.versionId === '';
  const values: RunFormValues = {
    ...base,
    mode: 'recurring',
    useLatestVersion: latest,
    trigger: triggerInputFrom(
      recurringRun.trigger,
      recurringRun.max_concurrency,
      recurringRun.no_catchup,
    ),
  };
  return { values, named: true, clone: cloneInfo(recurringRun, values) };
}
