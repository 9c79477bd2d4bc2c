import { FileUp } from 'lucide-react';
import { useId, useState, type DragEvent } from 'react';
import { formatBytes } from '@/lib/format-bytes.ts';
import { MAX_PIPELINE_FILE_BYTES, PIPELINE_FILE_ACCEPT } from '../../model/upload-limits.ts';
import styles from './upload.module.css';

export interface FileDropZoneProps {
  readonly onFile: (file: File) => void;
  readonly disabled?: boolean;
  /** Says why the form cannot be sent without a (valid) file. */
  readonly error?: string | undefined;
  /** The label of the picker button: "Choose file" or "Choose another file". */
  readonly pickLabel: string;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Drop a file, or pick one: the native file input sits inside the "Choose file" button (visually hidden,
 * still focusable), so Tab, Enter and Space open the browser's picker.
 */
export function FileDropZone({ onFile, disabled = false, error, pickLabel }: FileDropZoneProps) {
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [dropProblem, setDropProblem] = useState<string>();

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    const [first] = files;
    if (first === undefined) return;
    if (files.length > 1) {
      setDropProblem(`Drop one file at a time (${files.length} were dropped).`);
      return;
    }
    setDropProblem(undefined);
    onFile(first);
  };

  const message = dropProblem ?? error;
  return (
    <div
      className={styles.dropZone}
      data-dragging={dragging || undefined}
      data-invalid={message !== undefined || undefined}
      onDragEnter={(event) => {
        if (hasFiles(event)) setDragging(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        if (
          !event.currentTarget.contains(
            event.relatedTarget instanceof Node ? event.relatedTarget : null,
          )
        )
          setDragging(false);
      }}
      onDrop={onDrop}
    >
      <FileUp size={28} aria-hidden />
      <p>Drop a pipeline file here, or</p>
      <label className={`btn ${styles.pickButton}`} aria-disabled={disabled || undefined}>
        {pickLabel}
        <input
          type="file"
          className="visually-hidden"
          accept={PIPELINE_FILE_ACCEPT}
          aria-label="Pipeline file"
          aria-describedby={hintId}
          aria-invalid={message !== undefined}
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it on disk) is noticed.
            event.target.value = '';
            if (file) {
              setDropProblem(undefined);
              onFile(file);
            }
          }}
        />
      </label>
      <p id={hintId} className={styles.help}>
        A compiled pipeline (.yaml, .yml or .json), or a .zip or .tar.gz archive holding one — at
        most {formatBytes(MAX_PIPELINE_FILE_BYTES)}. It is checked here before anything is sent.
      </p>
      {message !== undefined && (
        <p className={styles.fieldError} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
