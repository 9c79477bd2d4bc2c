import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { UploadProgress } from '@/lib/kfp/upload-transport.ts';
import type { Pipeline } from '@/lib/kfp/wire/pipeline.ts';
import { paths } from '@/lib/paths.ts';
import { usePipelineUpload } from '../../api/upload-mutation.ts';
import { uploadQueries } from '../../api/upload-queries.ts';
import { checkPipelineFile } from '../../model/upload-check.ts';
import {
  defaultName,
  initialUploadValues,
  toUploadRequest,
  validateUpload,
  type ChosenFile,
  type UploadContext,
  type UploadFormValues,
  type UploadRequest,
} from '../../model/upload-form.ts';
import type { SpecChecker } from '../../model/upload-problem.ts';
import { UploadDetailsSection } from './upload-details-section.tsx';
import { UploadError } from './upload-error.tsx';
import { UploadProgressBar } from './upload-progress.tsx';
import { UploadSourceSection } from './upload-source-section.tsx';
import { VersionTarget } from './version-target.tsx';
import styles from './upload.module.css';

export interface UploadPipelineFormProps {
  /** Parses the file's text and tells a pipeline (the graph feature's parser, handed in by the route). */
  readonly checkSpec: SpecChecker;
  /** The current namespace; undefined in a single-user install. */
  readonly namespace: string | undefined;
  readonly multiUser: boolean;
  /** `?pipeline=`: upload a new version of this pipeline instead of a new pipeline. */
  readonly pipelineId: string | undefined;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Upload a pipeline or a new version: the file is checked in the browser before anything is sent, the
 * upload shows its progress, server refusals appear next to the form with the input kept, and success
 * opens the new pipeline version.
 */
export function UploadPipelineForm({
  checkSpec,
  namespace,
  multiUser,
  pipelineId,
}: UploadPipelineFormProps) {
  const navigate = useNavigate();
  const client = useKfpClient();
  const queryClient = useQueryClient();
  const upload = usePipelineUpload();
  const [values, setValues] = useState<UploadFormValues>(initialUploadValues);
  const [chosen, setChosen] = useState<ChosenFile>();
  const [openedAt] = useState(() => new Date());
  const [submitted, setSubmitted] = useState(false);
  const [progress, setProgress] = useState<UploadProgress>();
  const [sent, setSent] = useState<UploadRequest>();
  const abort = useRef<AbortController | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  /** Set when "Upload as a new version" switched the target: the next step is the submit button. */
  const focusSubmit = useRef(false);
  const targetPipeline = useQuery({
    ...uploadQueries(client).pipeline(pipelineId ?? ''),
    enabled: pipelineId !== undefined,
  });

  useEffect(() => {
    if (!focusSubmit.current) return;
    focusSubmit.current = false;
    submitButton.current?.focus();
  }, [pipelineId]);

  const context: UploadContext = {
    target:
      pipelineId === undefined ? { kind: 'pipeline', namespace } : { kind: 'version', pipelineId },
    chosen,
    openedAt,
  };
  const errors = submitted ? validateUpload(values, context) : {};
  const busy = upload.isPending;
  const set = (patch: Partial<UploadFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  const chooseFile = (file: File) => {
    setChosen({ file, check: undefined, chosenAt: new Date() });
    upload.reset();
    void checkPipelineFile(file, checkSpec).then((check) =>
      setChosen((current) => (current?.file === file ? { ...current, check } : current)),
    );
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = toUploadRequest(values, context);
    if (request === undefined) {
      flushSync(() => setSubmitted(true));
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setProgress(undefined);
    setSent(request);
    upload.mutate(
      { request, onProgress: setProgress, signal: controller.signal },
      {
        onSuccess: (result) =>
          void navigate(
            paths.pipeline(result.pipelineId, { version: result.versionId, ns: namespace }),
          ),
      },
    );
  };

  const uploadAsVersion = (pipeline: Pipeline) => {
    queryClient.setQueryData(
      uploadQueries(client).pipeline(pipeline.pipeline_id).queryKey,
      pipeline,
    );
    upload.reset();
    // The version name follows the file again, stamped so it does not collide with the first version.
    set({ name: undefined });
    focusSubmit.current = true;
    void navigate(paths.pipelineUpload({ pipelineId: pipeline.pipeline_id, ns: namespace }));
  };

  const cancelTo =
    pipelineId === undefined
      ? paths.pipelines({ ns: namespace })
      : paths.pipeline(pipelineId, { ns: namespace });
  const conflict =
    sent?.kind === 'file-pipeline' || sent?.kind === 'url-pipeline'
      ? { name: sent.name, namespace: sent.namespace }
      : undefined;
  return (
    <form
      ref={form}
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-label={pipelineId === undefined ? 'Upload pipeline' : 'Upload pipeline version'}
    >
      {pipelineId !== undefined && <VersionTarget pipelineId={pipelineId} namespace={namespace} />}
      <UploadSourceSection
        source={values.source}
        onSource={(source) => set({ source })}
        chosen={chosen}
        onFile={chooseFile}
        onRemoveFile={() => setChosen(undefined)}
        url={values.url}
        onUrl={(url) => set({ url })}
        errors={errors}
        disabled={busy}
      />
      <UploadDetailsSection
        target={context.target}
        multiUser={multiUser}
        name={values.name ?? defaultName(values, context)}
        onName={(name) => set({ name })}
        displayName={values.displayName}
        onDisplayName={(displayName) => set({ displayName })}
        description={values.description}
        onDescription={(description) => set({ description })}
        visibility={values.visibility}
        onVisibility={(visibility) => set({ visibility })}
        errors={errors}
        disabled={busy}
      />
      {busy && <UploadProgressBar progress={values.source === 'file' ? progress : undefined} />}
      {upload.isError && isAbort(upload.error) && (
        <p role="status">Upload cancelled; nothing was created.</p>
      )}
      {upload.isError && !isAbort(upload.error) && (
        <UploadError error={upload.error} conflict={conflict} onUploadAsVersion={uploadAsVersion} />
      )}
      <div className={styles.actions}>
        <button
          ref={submitButton}
          type="submit"
          className="btn btn--primary"
          disabled={busy || targetPipeline.isError}
        >
          {pipelineId === undefined ? 'Upload pipeline' : 'Upload version'}
        </button>
        {busy && (sent?.kind === 'file-pipeline' || sent?.kind === 'file-version') ? (
          <button type="button" className="btn" onClick={() => abort.current?.abort()}>
            Cancel upload
          </button>
        ) : (
          <Link className="btn" to={cancelTo}>
            Cancel
          </Link>
        )}
      </div>
    </form>
  );
}
