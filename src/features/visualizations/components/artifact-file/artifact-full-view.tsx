import { useVirtualizer } from '@tanstack/react-virtual';
import { X } from 'lucide-react';
import { Dialog } from 'radix-ui';
import { useRef, type ReactNode } from 'react';
import { describeSize, FULL_VIEW_BYTES } from '../../model/artifact-file.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { formatStorageLocation, type StorageLocation } from '@/lib/kfp/storage-uri.ts';
import fullScreen from '../full-screen.module.css';
import { useStreamedLines } from './use-streamed-lines.ts';
import styles from './artifact-file.module.css';

const LINE_HEIGHT = 18;

function Lines({ lines }: { lines: readonly string[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual (the chosen list library) cannot be compiler-memoised; this app does not use the React Compiler
  const virtual = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 20,
  });
  return (
    <div ref={scroller} className={styles.lines} tabIndex={0} aria-label="File content">
      <div style={{ height: virtual.getTotalSize(), position: 'relative', minWidth: '100%' }}>
        {virtual.getVirtualItems().map((item) => (
          <div key={item.key} className={styles.line} style={{ top: item.start }}>
            <span className={styles.lineNumber}>{item.index + 1}</span>
            <span>{lines[item.index]}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

function FullViewBody({
  location,
  namespace,
  download,
}: {
  location: StorageLocation;
  namespace: string | undefined;
  download: ReactNode;
}) {
  const state = useStreamedLines(location, namespace);
  if (state.kind === 'failed')
    return (
      <div role="alert" className={styles.viewStatus}>
        <strong>{state.title}</strong>
        <span className={styles.error}>{state.message}</span>
      </div>
    );
  if (state.kind === 'binary')
    return (
      <div role="status" className={styles.viewStatus}>
        This file is binary and cannot be shown as text. {download}
      </div>
    );
  const count = state.lines.length.toLocaleString('en-US');
  return (
    <>
      <div role="status" className={styles.viewStatus}>
        {state.kind === 'loading' ? (
          <span>Loading… {formatBytes(state.bytes)}</span>
        ) : state.truncated ? (
          <>
            <strong>Too large to show whole:</strong>
            <span>
              the file is {describeSize(state.size)}; the first {formatBytes(FULL_VIEW_BYTES)} (
              {count} lines) are shown.
            </span>
            {download}
          </>
        ) : (
          <span>
            {formatBytes(state.bytes)} · {count} lines
          </span>
        )}
      </div>
      <Lines lines={state.lines} />
    </>
  );
}

/**
 * "View all": the file in a dialog, read as a stream up to FULL_VIEW_BYTES (peek-bounded; memory
 * stays within that), drawn as virtualized lines. A longer file says so and offers the download.
 */
export function ArtifactFullView({
  location,
  namespace,
  download,
}: {
  location: StorageLocation;
  namespace: string | undefined;
  /** The download control, offered when the file is too large or binary. */
  download: ReactNode;
}) {
  const title = formatStorageLocation(location);
  return (
    <Dialog.Root>
      <Dialog.Trigger className="btn btn--ghost" aria-label={`View all of ${title}`}>
        View all
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className={fullScreen.overlay} />
        <Dialog.Content className={fullScreen.content} aria-describedby={undefined}>
          <div className={fullScreen.header}>
            <Dialog.Title className={fullScreen.title}>{title}</Dialog.Title>
            <Dialog.Close className="btn btn--ghost btn--icon" aria-label="Close the full view">
              <X size={16} aria-hidden="true" />
            </Dialog.Close>
          </div>
          <FullViewBody location={location} namespace={namespace} download={download} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
