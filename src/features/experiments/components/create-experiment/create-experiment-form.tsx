import { FolderKanban } from 'lucide-react';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormField } from '@/components/form-field';
import { paths } from '@/lib/paths.ts';
import { useCreateExperiment, type NewExperiment } from '../../api/create-experiment.ts';
import { CreateExperimentError } from './create-experiment-error.tsx';
import { MAX_EXPERIMENT_NAME_BYTES, validateExperimentName } from './experiment-name.ts';
import styles from './create-experiment.module.css';

export interface CreateExperimentFormProps {
  /** The current namespace, where the experiment is created; undefined in a single-user install. */
  readonly namespace: string | undefined;
  /** Carried from a pipeline's page (`?pipeline=&version=`): Cancel goes back there, "start a run" preselects it. */
  readonly pipelineId?: string | undefined;
  readonly versionId?: string | undefined;
}

/** Where the form goes once the experiment exists: the experiment's page, or the run form in it. */
type Next = 'experiment' | 'run';
const NEXT_RUN = 'run';

/**
 * Name and description of a new experiment in the current namespace. "Create experiment" opens it;
 * "Create and start a run" continues to the run form with the experiment (and the pipeline it came from) chosen,
 * the way the tutorial goes on.
 */
export function CreateExperimentForm({
  namespace,
  pipelineId,
  versionId,
}: CreateExperimentFormProps) {
  const navigate = useNavigate();
  const create = useCreateExperiment();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<NewExperiment>();
  const nameError = submitted ? validateExperimentName(name) : undefined;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (validateExperimentName(name) !== undefined) {
      nameRef.current?.focus();
      return;
    }
    const submitter = event.nativeEvent.submitter;
    const next: Next =
      submitter instanceof HTMLButtonElement && submitter.value === NEXT_RUN ? 'run' : 'experiment';
    const input: NewExperiment = { name: name.trim(), description: description.trim(), namespace };
    setSent(input);
    create.mutate(input, {
      onSuccess: ({ experiment_id: experimentId }) =>
        void navigate(
          next === 'run'
            ? paths.runNew({ experimentId, pipelineId, versionId, ns: namespace })
            : paths.experiment(experimentId, { ns: namespace }),
        ),
    });
  };

  const cancelTo =
    pipelineId === undefined
      ? paths.experiments({ ns: namespace })
      : paths.pipeline(pipelineId, { version: versionId, ns: namespace });
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="New experiment">
      {namespace !== undefined && (
        <p className={styles.namespace}>
          <FolderKanban size={16} aria-hidden /> Created in namespace <strong>{namespace}</strong>
        </p>
      )}
      <FormField
        label="Experiment name"
        error={nameError}
        help={`Unique within the namespace; at most ${String(MAX_EXPERIMENT_NAME_BYTES)} characters.`}
      >
        {(control) => (
          <input
            {...control}
            ref={nameRef}
            value={name}
            autoComplete="off"
            disabled={create.isPending}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </FormField>
      <FormField label="Description" optional>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            disabled={create.isPending}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </FormField>
      {create.isError && sent !== undefined && (
        <CreateExperimentError error={create.error} name={sent.name} namespace={sent.namespace} />
      )}
      <div className={styles.buttons}>
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create experiment'}
        </button>
        <button type="submit" className="btn" value={NEXT_RUN} disabled={create.isPending}>
          Create and start a run
        </button>
        <Link className="btn" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
