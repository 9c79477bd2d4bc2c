import type { ChosenFile, FieldErrors, UploadSource } from '../../model/upload-form.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { FileCheckStatus } from './file-check-status.tsx';
import { FileDropZone } from './file-drop-zone.tsx';
import { TextField } from './text-field.tsx';

export interface UploadSourceSectionProps {
  readonly source: UploadSource;
  readonly onSource: (source: UploadSource) => void;
  readonly chosen: ChosenFile | undefined;
  readonly onFile: (file: File) => void;
  readonly onRemoveFile: () => void;
  readonly url: string;
  readonly onUrl: (url: string) => void;
  readonly errors: FieldErrors;
  readonly disabled: boolean;
}

const SOURCES = [
  { value: 'file', label: 'Upload a file', hint: 'Checked in your browser before it is sent.' },
  { value: 'url', label: 'Import from a URL', hint: 'The KFP server downloads the file.' },
] as const;

/** File (dropped or picked, then checked) or a URL the server downloads. */
export function UploadSourceSection({
  source,
  onSource,
  chosen,
  onFile,
  onRemoveFile,
  url,
  onUrl,
  errors,
  disabled,
}: UploadSourceSectionProps) {
  return (
    <>
      <ChoiceGroup
        legend="Pipeline source"
        name="upload-source"
        value={source}
        options={SOURCES}
        onChange={onSource}
        disabled={disabled}
      />
      {source === 'file' && (
        <>
          <FileDropZone
            onFile={onFile}
            disabled={disabled}
            pickLabel={chosen ? 'Choose another file' : 'Choose file'}
            error={errors.file}
          />
          {chosen && (
            <FileCheckStatus
              file={chosen.file}
              check={chosen.check}
              onRemove={onRemoveFile}
              disabled={disabled}
            />
          )}
        </>
      )}
      {source === 'url' && (
        <TextField
          label="Package URL"
          type="url"
          value={url}
          onChange={onUrl}
          error={errors.url}
          disabled={disabled}
          placeholder="https://example.com/pipelines/train.yaml"
          help={
            <>
              The KFP server downloads this file when you submit, so it must be reachable from the
              cluster. Your browser does not fetch it first — most hosts do not let web pages read
              their files (CORS), and this dashboard only talks to its own server — so the server
              checks it, not this page.
            </>
          }
        />
      )}
    </>
  );
}
