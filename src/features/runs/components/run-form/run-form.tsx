import { useState, type SyntheticEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import type { CreatedRun } from '../../api/create-run-mutations.ts';
import { createRunQueries } from '../../api/create-run-queries.ts';
import {
  buildRunRequest,
  defaultRunName,
  hasErrors,
  type RunFormErrors,
  type RunFormValues,
} from '../../model/run-form.ts';
import type { RunFormStart } from '../../model/run-form-clone.ts';
import { parametersFromSpec } from '../../model/run-parameters.ts';
import { EditOutcome, EditRecurringNotice } from './edit-recurring-section.tsx';
import { ExperimentPicker } from './experiment-section.tsx';
import { FormField } from '@/components/form-field';
import { ParametersSection } from './parameters-section.tsx';
import { PipelineSection } from './pipeline-section.tsx';
import styles from './run-form.module.css';
import { useRunFormSubmit } from './use-run-form-submit.ts';
import { RunTypeSection } from './run-type-section.tsx';

export interface RunFormProps {
  readonly namespace: string | undefined;
  /** Multi-user installs: a run takes its experiment's namespace and cannot go without one. */
  readonly experimentRequired: boolean;
  readonly start: RunFormStart;
  readonly onCreated: (created: CreatedRun) => void;
  readonly onCancel: () => void;
}

const NO_ERRORS: RunFormErrors = { fields: {}, parameters: {} };

/** The start-run form: one-off or recurring, from a pipeline version, an experiment or a clone. */
export function RunForm({
  namespace,
  experimentRequired,
  start,
  onCreated,
  onCancel,
}: RunFormProps) {
  const queries = createRunQueries(useKfpClient());
  const [values, setValues] = useState<RunFormValues>(start.values);
  const [named, setNamed] = useState(start.named);
  const [startedAt] = useState(() => new Date());
  // Errors show once a submit was tried, then follow every change (a fixed field clears at once).
  const [submitted, setSubmitted] = useState(false);
  const edit = start.edit;
  const { send, pending, serverError, replaceOutcome, oldAction, setOldAction } = useRunFormSubmit(
    edit,
    onCreated,
  );
  const set = (patch: Partial<RunFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const recurring = values.mode === 'recurring';
  const pipeline = useQuery(queries.pipeline(values.pipelineId));
  const latest = useQuery(queries.latestVersion(values.pipelineId));
  const specVersionId =
    recurring && values.useLatestVersion
      ? (latest.data?.pipeline_version_id ?? '')
      : values.versionId;
  const version = useQuery(queries.version(values.pipelineId, specVersionId));
  const spec = version.data ? parametersFromSpec(version.data.pipeline_spec) : undefined;
  const pipelineName = pipeline.data ? pipeline.data.display_name || pipeline.data.name : '';
  const name = named
    ? values.name
    : values.pipelineId === ''
      ? ''
      : defaultRunName(pipelineName, startedAt, recurring);

  const built = buildRunRequest(
    { ...values, name },
    { kind: spec?.ok ? spec.kind : 'v2', fields: spec?.ok ? spec.fields : [], experimentRequired },
  );
  const errors: RunFormErrors = submitted && !built.ok ? built.errors : NO_ERRORS;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    // Nothing is sent while a field is invalid or the version's parameters are not known yet.
    if (!built.ok || (specVersionId !== '' && !spec?.ok)) return;
    send(built);
  };

  const problemCount = Object.keys(errors.fields).length + Object.keys(errors.parameters).length;

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Start a run">
      {edit && start.clone && (
        <EditRecurringNotice
          sourceName={start.clone.sourceName}
          enabled={edit.enabled}
          action={oldAction}
          onAction={setOldAction}
        />
      )}
      {!edit && start.clone && (
        <p className={styles.notice} role="status">
          {start.clone.inlineSpec
            ? `“${start.clone.sourceName}” was started from a pipeline spec uploaded with the run; choose a pipeline version to run it again.`
            : `Cloning “${start.clone.sourceName}”: its settings and parameter values are filled in.`}
        </p>
      )}
      <PipelineSection
        namespace={namespace}
        pipelineId={values.pipelineId}
        versionId={values.versionId}
        recurring={recurring}
        useLatestVersion={values.useLatestVersion}
        cloneVersionId={start.clone?.versionId}
        errors={errors.fields}
        onPipeline={(p) => set({ pipelineId: p.pipeline_id, versionId: '' })}
        onVersion={(versionId) => set({ versionId })}
        onUseLatest={(useLatestVersion) => set({ useLatestVersion })}
      />

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Run details</legend>
        <FormField label="Run name" error={errors.fields.name}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={name}
              onChange={(event) => {
                setNamed(true);
                set({ name: event.target.value });
              }}
            />
          )}
        </FormField>
        <FormField label="Description" meta="optional">
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={values.description}
              onChange={(event) => set({ description: event.target.value })}
            />
          )}
        </FormField>
        <ExperimentPicker
          namespace={namespace}
          experimentId={values.experimentId}
          error={errors.fields.experiment}
          onChange={(experimentId) => set({ experimentId })}
        />
        <FormField
          label="Service account"
          meta="optional"
          help="The Kubernetes service account the run's pods use; empty for the default."
        >
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={values.serviceAccount}
              onChange={(event) => set({ serviceAccount: event.target.value })}
            />
          )}
        </FormField>
        {spec?.ok && spec.kind === 'v2' && (
          <FormField
            label="Pipeline root"
            meta="optional"
            help="Where the run's artifacts go, e.g. minio://mlpipeline/v2/artifacts; empty for the pipeline's default."
          >
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                spellCheck={false}
                value={values.pipelineRoot}
                onChange={(event) => set({ pipelineRoot: event.target.value })}
              />
            )}
          </FormField>
        )}
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Parameters</legend>
        {specVersionId === '' ? (
          <p className={styles.help}>Choose a pipeline version to see its parameters.</p>
        ) : version.isPending ? (
          <p className={styles.help}>Loading the pipeline version…</p>
        ) : version.isError ? (
          <p className={styles.error} role="alert">
            Cannot load the pipeline version: {describeError(version.error).message}
          </p>
        ) : spec && !spec.ok ? (
          <p className={styles.error} role="alert">
            {spec.error}
          </p>
        ) : (
          <ParametersSection
            fields={spec?.ok ? spec.fields : []}
            texts={values.parameters}
            errors={errors.parameters}
            cloned={start.clone !== undefined}
            onChange={(parameters) => set({ parameters })}
          />
        )}
      </fieldset>

      <RunTypeSection
        recurring={recurring}
        recurringOnly={edit !== undefined}
        trigger={values.trigger}
        errors={errors.fields}
        onMode={(mode) => set({ mode })}
        onTrigger={(trigger) => set({ trigger })}
      />

      {hasErrors(errors) && (
        <p className={styles.alert} role="alert">
          {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention before
          the run can start.
        </p>
      )}
      {replaceOutcome && (
        <EditOutcome
          outcome={replaceOutcome}
          onOpenNew={(id) => onCreated({ kind: 'recurring', id })}
        />
      )}
      {serverError && (
        <div className={styles.alert} role="alert">
          <strong>{serverError.title}</strong>
          <p style={{ margin: 0 }}>{serverError.message}</p>
        </div>
      )}
      <div className={styles.actions}>
        <button type="submit" className="btn btn--primary" disabled={pending}>
          {pending
            ? 'Starting…'
            : edit
              ? 'Save changes'
              : recurring
                ? 'Create recurring run'
                : 'Start run'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
