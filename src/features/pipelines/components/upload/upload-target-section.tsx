import { useState } from 'react';
import { ChoiceGroup } from './choice-group.tsx';
import { PipelinePicker } from './pipeline-picker.tsx';
import { VersionTarget } from './version-target.tsx';
import styles from './upload.module.css';

type TargetMode = 'pipeline' | 'version';

export interface UploadTargetSectionProps {
  /** `?pipeline=`: the pipeline the new version goes to, once chosen. */
  readonly pipelineId: string | undefined;
  readonly namespace: string | undefined;
  readonly multiUser: boolean;
  /** Makes the upload a new version of that pipeline (the route writes it to the URL). */
  readonly onPick: (pipelineId: string) => void;
  readonly disabled: boolean;
}

/** A new pipeline, or a new version of an existing one found by name. */
export function UploadTargetSection({
  pipelineId,
  namespace,
  multiUser,
  onPick,
  disabled,
}: UploadTargetSectionProps) {
  const [mode, setMode] = useState<TargetMode>('pipeline');
  const [changing, setChanging] = useState(false);
  if (pipelineId !== undefined)
    return (
      <div className={styles.section}>
        <VersionTarget pipelineId={pipelineId} namespace={namespace} />
        {changing ? (
          <PipelinePicker
            namespace={namespace}
            multiUser={multiUser}
            onPick={(id) => {
              setChanging(false);
              onPick(id);
            }}
          />
        ) : (
          <div>
            <button
              type="button"
              className="btn"
              disabled={disabled}
              onClick={() => setChanging(true)}
            >
              Choose another pipeline
            </button>
          </div>
        )}
      </div>
    );
  return (
    <div className={styles.section}>
      <ChoiceGroup<TargetMode>
        legend="Upload as"
        name="upload-target"
        value={mode}
        onChange={setMode}
        disabled={disabled}
        options={[
          { value: 'pipeline', label: 'A new pipeline', hint: 'Its first version is this file.' },
          {
            value: 'version',
            label: 'A new version of an existing pipeline',
            hint: 'Runs can then choose between its versions.',
          },
        ]}
      />
      {mode === 'version' && (
        <PipelinePicker namespace={namespace} multiUser={multiUser} onPick={onPick} />
      )}
    </div>
  );
}
