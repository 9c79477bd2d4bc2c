import { Download } from 'lucide-react';
import { useRef, useState } from 'react';
import { useConfig } from '@/lib/config-context.tsx';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError } from '@/lib/kfp/errors.ts';
import { artifactUrl } from '@/lib/kfp/ui-server.ts';
import { openArtifactFile } from '../../api/artifact-file.ts';
import {
  artifactErrorTitle,
  downloadName,
  IN_MEMORY_DOWNLOAD_BYTES,
  type ArtifactSize,
} from '../../model/artifact-file.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import type { StorageLocation } from '@/lib/kfp/storage-uri.ts';
import { savePicker, saveStream } from './save-file.ts';
import styles from './artifact-file.module.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly bytes: number }
  | { readonly kind: 'done'; readonly bytes: number }
  | { readonly kind: 'failed'; readonly message: string };

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the blob once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Download of an artifact's file through `artifacts/get`. Without a bearer token (proxy and no-auth
 * modes) it is a plain link the browser streams to disk. With one, the file is fetched with the
 * token as a stream: a large or unknown-size file goes straight to disk through the save dialog
 * where the browser has one; otherwise it is collected into a Blob (progress shown, cancellable).
 */
export function ArtifactDownload({
  location,
  namespace,
  size,
}: {
  location: StorageLocation;
  namespace: string | undefined;
  size: ArtifactSize | undefined;
}) {
  const client = useKfpClient();
  const auth = useConfig().auth;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const name = downloadName(location);
  const label = `Download ${name}${size?.kind === 'exact' ? ` (${formatBytes(size.bytes)})` : ''}`;
  if (auth.mode !== 'oidc') {
    const href = artifactUrl(client, { ...location, ...(namespace ? { namespace } : {}) });
    return (
      <a className="btn btn--ghost" href={href} download={name} aria-label={label}>
        <Download size={14} aria-hidden="true" /> Download
      </a>
    );
  }
  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const large = size?.kind !== 'exact' || size.bytes > IN_MEMORY_DOWNLOAD_BYTES;
    const picker = large ? savePicker() : undefined;
    try {
      // The save dialog needs the click's user activation: ask for the file before fetching.
      const target = picker ? await picker(name) : undefined;
      setState({ kind: 'running', bytes: 0 });
      const response = await openArtifactFile(client, location, namespace, controller.signal);
      const progress = (bytes: number) => setState({ kind: 'running', bytes });
      if (target) {
        const bytes = await saveStream(response.body, target, progress);
        setState({ kind: 'done', bytes });
      } else {
        const chunks: Uint8Array<ArrayBuffer>[] = [];
        let bytes = 0;
        const reader = response.body?.getReader();
        for (;;) {
          const next = reader ? await reader.read() : { done: true as const };
          if (next.done) break;
          chunks.push(new Uint8Array(next.value));
          bytes += next.value.byteLength;
          progress(bytes);
        }
        saveBlob(new Blob(chunks), name);
        setState({ kind: 'done', bytes });
      }
    } catch (error) {
      if (
        controller.signal.aborted ||
        (error instanceof DOMException && error.name === 'AbortError')
      )
        setState({ kind: 'idle' });
      else
        setState({
          kind: 'failed',
          message: `${artifactErrorTitle(error instanceof ApiError ? error.status : undefined)}: ${
            error instanceof Error ? error.message : String(error)
          }`,
        });
    } finally {
      abort.current = null;
    }
  };
  if (state.kind === 'running')
    return (
      <span className={styles.actions} role="status">
        <span className={styles.size}>Downloading… {formatBytes(state.bytes)}</span>
        <button type="button" className="btn btn--ghost" onClick={() => abort.current?.abort()}>
          Cancel download
        </button>
      </span>
    );
  return (
    <>
      <button
        type="button"
        className="btn btn--ghost"
        aria-label={label}
        onClick={() => void start()}
      >
        <Download size={14} aria-hidden="true" /> Download
      </button>
      {state.kind === 'done' ? (
        <span className={styles.size} role="status">
          Downloaded {formatBytes(state.bytes)}
        </span>
      ) : null}
      {state.kind === 'failed' ? (
        <span className={styles.error} role="alert">
          {state.message}
        </span>
      ) : null}
    </>
  );
}
