import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError } from '@/lib/kfp/errors.ts';
import {
  ARTIFACT_PEEK_BYTES,
  artifactPeekQuery,
  measureArtifactFile,
} from '../../api/artifact-file.ts';
import { artifactErrorTitle, describeSize, type ArtifactSize } from '../../model/artifact-file.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { tryParseStorageUri, type StorageLocation } from '@/lib/kfp/storage-uri.ts';
import { ArtifactDownload } from './artifact-download.tsx';
import { ArtifactFullView } from './artifact-full-view.tsx';
import styles from './artifact-file.module.css';

type Measure =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly bytes: number }
  | { readonly kind: 'failed'; readonly message: string };

/** "Measure": the server never tells a size, so counting it streams the whole file (kept nowhere). */
function useMeasure(location: StorageLocation, namespace: string | undefined) {
  const client = useKfpClient();
  const [state, setState] = useState<Measure>({ kind: 'idle' });
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const abort = useRef<AbortController | null>(null);
  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'running', bytes: 0 });
    try {
      const bytes = await measureArtifactFile(
        client,
        location,
        namespace,
        (n) => setState({ kind: 'running', bytes: n }),
        controller.signal,
      );
      setMeasured(bytes);
      setState({ kind: 'idle' });
    } catch (error) {
      setState(
        controller.signal.aborted
          ? { kind: 'idle' }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      );
    }
  };
  return { state, measured, start, cancel: () => abort.current?.abort() };
}

function SizeText({
  size,
  measure,
}: {
  size: ArtifactSize;
  measure: ReturnType<typeof useMeasure>;
}) {
  if (measure.measured !== undefined)
    return <span className={styles.size}>{formatBytes(measure.measured)}</span>;
  if (measure.state.kind === 'running')
    return (
      <>
        <span className={styles.size} role="status">
          Measuring… {formatBytes(measure.state.bytes)} so far
        </span>
        <button type="button" className="btn btn--ghost" onClick={measure.cancel}>
          Stop
        </button>
      </>
    );
  return (
    <>
      <span className={styles.size}>{describeSize(size)}</span>
      {size.kind === 'at-least' ? (
        <button
          type="button"
          className="btn btn--ghost"
          title="KFP's UI server does not tell a file's size: measuring reads the whole file once"
          onClick={() => void measure.start()}
        >
          Measure size
        </button>
      ) : null}
      {measure.state.kind === 'failed' ? (
        <span className={styles.error}>{measure.state.message}</span>
      ) : null}
    </>
  );
}

function FileActions({
  uri,
  location,
  namespace,
  previewOpen,
}: {
  uri: string;
  location: StorageLocation;
  namespace: string | undefined;
  previewOpen: boolean;
}) {
  const client = useKfpClient();
  const [open, setOpen] = useState(previewOpen);
  const peek = useQuery(artifactPeekQuery(client, uri, namespace));
  const measure = useMeasure(location, namespace);
  const size = peek.data?.size;
  const download = <ArtifactDownload location={location} namespace={namespace} size={size} />;
  return (
    <div className={styles.file}>
      <div className={styles.actions} aria-label={`File ${uri}`} role="group">
        {peek.isPending ? <span className={styles.size}>Reading the size…</span> : null}
        {size ? <SizeText size={size} measure={measure} /> : null}
        {download}
        <ArtifactFullView location={location} namespace={namespace} download={download} />
        {peek.data ? (
          <button
            type="button"
            className="btn btn--ghost"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide preview' : 'Preview'}
          </button>
        ) : null}
      </div>
      {peek.isError ? (
        <div role="alert" className={styles.error}>
          {artifactErrorTitle(peek.error instanceof ApiError ? peek.error.status : undefined)}:{' '}
          {peek.error.message}{' '}
          <button type="button" className="btn btn--ghost" onClick={() => void peek.refetch()}>
            Retry
          </button>
        </div>
      ) : null}
      {open && peek.data ? (
        peek.data.binary ? (
          <p className={styles.muted}>Binary file: download it to see its content.</p>
        ) : peek.data.text === '' ? (
          <p className={styles.muted}>The file is empty.</p>
        ) : (
          <pre className={styles.preview} aria-label={`Preview of ${uri}`}>
            {peek.data.text}
            {peek.data.truncated
              ? `\n… (first ${formatBytes(ARTIFACT_PEEK_BYTES)}; View all for more)`
              : ''}
          </pre>
        )
      ) : null}
    </div>
  );
}

/**
 * An artifact's file: its size (from a peek-bounded first look: exact when the file fits in it),
 * Download, View all and a preview. Nothing but that first look is read until asked, so a 500 MB
 * artifact costs the page 4 KB.
 */
export function ArtifactFile({
  uri,
  namespace,
  previewOpen = false,
}: {
  uri: string;
  /** The namespace the artifact's run belongs to (its files are read as that namespace). */
  namespace: string | undefined;
  /** Whether the preview starts open. */
  previewOpen?: boolean;
}) {
  const location = tryParseStorageUri(uri);
  if (!location)
    return <p className={styles.muted}>This URI is not in a store the dashboard can read.</p>;
  return (
    <FileActions uri={uri} location={location} namespace={namespace} previewOpen={previewOpen} />
  );
}
