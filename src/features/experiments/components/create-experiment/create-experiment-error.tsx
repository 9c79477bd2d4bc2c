import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { experimentByNameQuery } from '../../api/create-experiment.ts';
import styles from './create-experiment.module.css';

function ExistingExperimentLink({
  name,
  namespace,
}: {
  readonly name: string;
  readonly namespace: string | undefined;
}) {
  const existing = useQuery(experimentByNameQuery(useKfpClient(), namespace, name));
  if (!existing.data) return null;
  return (
    <p>
      <Link to={paths.experiment(existing.data.experiment_id, { ns: namespace })}>
        Open the existing experiment “{name}”
      </Link>
    </p>
  );
}

/** The server's refusal next to the form; a duplicate name says so and links to the experiment that has it. */
export function CreateExperimentError({
  error,
  name,
  namespace,
}: {
  readonly error: unknown;
  readonly name: string;
  readonly namespace: string | undefined;
}) {
  const duplicate = error instanceof ApiError && error.status === 409;
  const { title, message } = describeError(error);
  return (
    <div className={styles.refusal} role="alert">
      <strong>
        {duplicate
          ? `An experiment named “${name}” already exists${namespace ? ` in ${namespace}` : ''}`
          : title}
      </strong>
      <p>{duplicate ? 'Names are unique within a namespace: choose another one.' : message}</p>
      {duplicate && <ExistingExperimentLink name={name} namespace={namespace} />}
    </div>
  );
}
