import type { FieldErrors, UploadTarget, Visibility } from '../../model/upload-form.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { TextField } from './text-field.tsx';
import styles from './upload.module.css';

export interface UploadDetailsSectionProps {
  readonly target: UploadTarget;
  readonly multiUser: boolean;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly displayName: string;
  readonly onDisplayName: (value: string) => void;
  readonly description: string;
  readonly onDescription: (value: string) => void;
  readonly codeSourceUrl: string;
  readonly onCodeSourceUrl: (value: string) => void;
  readonly visibility: Visibility;
  readonly onVisibility: (visibility: Visibility) => void;
  readonly errors: FieldErrors;
  readonly disabled: boolean;
}

/** Name, display name, description — and, for a new pipeline in a multi-user install, who sees it. */
export function UploadDetailsSection(props: UploadDetailsSectionProps) {
  const { target, multiUser, errors, disabled } = props;
  const isVersion = target.kind === 'version';
  return (
    <>
      <fieldset className={styles.section} disabled={disabled}>
        <legend className={styles.legend}>
          {isVersion ? 'Version details' : 'Pipeline details'}
        </legend>
        <TextField
          label={isVersion ? 'Version name' : 'Pipeline name'}
          value={props.name}
          onChange={props.onName}
          error={errors.name}
          help={
            isVersion
              ? 'Unique within the pipeline; suggested from the file name and the time.'
              : 'Unique within the namespace; suggested from the file name.'
          }
        />
        <TextField
          label="Display name"
          optional
          value={props.displayName}
          onChange={props.onDisplayName}
          placeholder={props.name}
          help="Shown in lists; the name when left empty."
        />
        <TextField
          label="Description"
          optional
          multiline
          value={props.description}
          onChange={props.onDescription}
        />
        <TextField
          label="Code source URL"
          optional
          type="url"
          value={props.codeSourceUrl}
          onChange={props.onCodeSourceUrl}
          error={errors.codeSourceUrl}
          placeholder="https://github.com/org/repo/tree/main/pipelines"
          help="Where this version's code lives. Sent with the upload, but KFP releases up to 2.17 ignore it for a file and never show it on v2 versions (kubeflow/pipelines #13590); newer KFP keeps it and shows it on the version's page."
        />
      </fieldset>
      {target.kind === 'pipeline' && multiUser && (
        <ChoiceGroup
          legend="Visibility"
          name="upload-visibility"
          value={props.visibility}
          onChange={props.onVisibility}
          disabled={disabled}
          options={[
            {
              value: 'private',
              label: `Private to ${target.namespace ?? 'this namespace'}`,
              hint: 'Only people in this namespace see it.',
            },
            {
              value: 'shared',
              label: 'Shared',
              hint: 'Every namespace sees it. Clusters often let only administrators create shared pipelines.',
            },
          ]}
        />
      )}
    </>
  );
}
