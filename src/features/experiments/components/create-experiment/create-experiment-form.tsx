import { FolderKanban } from 'lucide-react';
import { useId, useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { useCreateExperiment, type NewExperiment } from '../../api/create-experiment.ts';
import { CreateExperimentError } from './create-experiment-error.tsx';
import { MAX_EXPERIMENT_NAME_BYTES, validateExperimentName } from './experiment-name.ts';
import styles from './create-experiment.module.css';

export interface CreateExperimentFormProps {
  /** The current namespace, where the experiment is created; undefined in a single-user install. */
  readonly namespace: string | undefined;
  /** Carried from a pipeline's page (`?pipeline=&version=`): Cancel goes back there. */
  readonly pipelineId?: string | undefined;
  readonly versionId?: string | undefined;
}

/** Name and description of a new experiment in the current namespace; success opens it. */
export function CreateExperimentForm({ namespace, pipelineId, versionId }: CreateExperimentFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateExperiment();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<NewExperiment>();
  const nameError = submitted ? validateExperimentName(name) : undefined;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (validateExperimentName(name) !== undefined) {
      event.currentTarget.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-name`)}`)?.focus();
      return;
    }
    const input: NewExperiment = { name: name.trim(), description: description.trim(), namespace };
    setSent(input);
    create.mutate(input, { onSuccess: (experiment) => void navigate(paths.experiment(experiment.experiment_id, { ns: namespace })) });
  };

  const cancelTo = pipelineId === undefined ? paths.experiments({ ns: namespace }) : paths.pipeline(pipelineId, { version: versionId, ns: namespace });
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="New experiment">
      {namespace !== undefined && (
        <p className={styles.namespace}>
          <FolderKanban size={16} aria-hidden /> Created in namespace <strong>{namespace}</strong>
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-name`}>Experiment name</label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          autoComplete="off"
          aria-invalid={nameError !== undefined}
          aria-describedby={`${nameError === undefined ? '' : `${id}-name-error `}${id}-name-hint`}
          disabled={create.isPending}
          onChange={(event) => setName(event.target.value)}
        />
        {nameError !== undefined && (
          <p id={`${id}-name-error`} className={styles.error}>
            {nameError}
          </p>
        )}
        <p id={`${id}-name-hint`} className={styles.hint}>
          Unique within the namespace; at most {MAX_EXPERIMENT_NAME_BYTES} characters.
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-description`}>
          Description <span className={styles.hint}>(optional)</span>
        </label>
        <textarea
          id={`${id}-description`}
          className="input"
          rows={3}
          value={description}
          disabled={create.isPending}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {create.isError && sent !== undefined && <CreateExperimentError error={create.error} name={sent.name} namespace={sent.namespace} />}
      <div className={styles.buttons}>
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create experiment'}
        </button>
        <Link className="btn" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
