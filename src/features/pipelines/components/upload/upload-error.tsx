import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import type { Pipeline } from '@/lib/kfp/wire/pipeline.ts';
import { uploadQueries } from '../../api/upload-queries.ts';
import styles from './upload.module.css';

export interface UploadErrorProps {
  readonly error: unknown;
  /** Set for a new pipeline: a 409 then means the name is taken there, and a new version is offered. */
  readonly conflict?: { readonly name: string; readonly namespace: string | undefined } | undefined;
  readonly onUploadAsVersion: (pipeline: Pipeline) => void;
}

function ConflictOffer({
  name,
  namespace,
  onUploadAsVersion,
}: {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly onUploadAsVersion: (pipeline: Pipeline) => void;
}) {
  const found = useQuery(uploadQueries(useKfpClient()).byName(namespace, name));
  if (found.isPending)
    return <p className={styles.help}>Looking up the pipeline named “{name}”…</p>;
  if (found.isError) return null;
  const pipeline = found.data;
  return (
    <div className={styles.alertActions}>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => onUploadAsVersion(pipeline)}
      >
        Upload as a new version of “{pipeline.display_name || pipeline.name}”
      </button>
    </div>
  );
}

/** The server's refusal, next to the form (whose input is kept); a name conflict offers a new version instead. */
export function UploadError({ error, conflict, onUploadAsVersion }: UploadErrorProps) {
  const { title, message } = describeError(error);
  const isConflict = error instanceof ApiError && error.status === 409;
  let extra: ReactNode = null;
  if (isConflict && conflict !== undefined) {
    extra = (
      <ConflictOffer
        name={conflict.name}
        namespace={conflict.namespace}
        onUploadAsVersion={onUploadAsVersion}
      />
    );
  } else if (isConflict) {
    extra = <p>Choose another version name.</p>;
  }
  return (
    <div className={styles.alert} role="alert">
      <p className={styles.alertTitle}>
        {isConflict && conflict !== undefined
          ? `A pipeline named “${conflict.name}” already exists`
          : title}
      </p>
      <p>{message}</p>
      {extra}
    </div>
  );
}
