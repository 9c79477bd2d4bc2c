import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { useCreateExperiment } from '../../api/create-run-mutations.ts';
import { createRunQueries } from '../../api/create-run-queries.ts';
import styles from './run-form.module.css';
import { SearchPicker } from './search-picker.tsx';

export interface ExperimentPickerProps {
  readonly namespace: string | undefined;
  readonly experimentId: string;
  readonly error: string | undefined;
  readonly onChange: (experimentId: string) => void;
}

/** The experiment of the run (of the current namespace), with "create experiment" inline. */
export function ExperimentPicker({
  namespace,
  experimentId,
  error,
  onChange,
}: ExperimentPickerProps) {
  const queries = createRunQueries(useKfpClient());
  const experiment = useQuery(queries.experiment(experimentId));
  const create = useCreateExperiment(namespace);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');

  const footer = creating ? (
    <div className={styles.field}>
      <div className={styles.row}>
        <input
          className={`input ${styles.control}`}
          aria-label="New experiment name"
          placeholder="New experiment name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <span className={styles.actions} style={{ flex: 'none' }}>
          <button
            type="button"
            className="btn btn--primary"
            disabled={name.trim() === '' || create.isPending}
            onClick={() =>
              create.mutate(
                { name: name.trim(), description: '' },
                {
                  onSuccess: (created) => {
                    onChange(created.experiment_id);
                    setCreating(false);
                    setName('');
                  },
                },
              )
            }
          >
            {create.isPending ? 'Creating…' : 'Create experiment'}
          </button>
          <button type="button" className="btn" onClick={() => setCreating(false)}>
            Cancel
          </button>
        </span>
      </div>
      {create.isError && (
        <p className={styles.error} role="alert">
          {describeError(create.error).message}
        </p>
      )}
    </div>
  ) : (
    <button
      type="button"
      className="btn"
      style={{ justifySelf: 'start' }}
      onClick={() => setCreating(true)}
    >
      New experiment…
    </button>
  );

  return (
    <SearchPicker
      key={experimentId}
      label="Experiment"
      selectedId={experimentId}
      selectedName={experiment.data?.display_name}
      query={(search) => queries.experiments(namespace, search)}
      idOf={(e) => e.experiment_id}
      nameOf={(e) => e.display_name}
      detailOf={(e) => e.description || undefined}
      onSelect={(e) => onChange(e.experiment_id)}
      error={error}
      footer={footer}
    />
  );
}
