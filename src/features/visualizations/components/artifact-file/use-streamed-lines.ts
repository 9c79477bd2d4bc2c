import { useEffect, useRef, useState } from 'react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError } from '@/lib/kfp/errors.ts';
import { readArtifactFile } from '../../api/artifact-file.ts';
import {
  artifactErrorTitle,
  FULL_VIEW_BYTES,
  looksBinary,
  type ArtifactSize,
} from '../../model/artifact-file.ts';
import type { StorageLocation } from '@/lib/kfp/storage-uri.ts';

export type StreamedLines =
  | { readonly kind: 'loading'; readonly lines: readonly string[]; readonly bytes: number }
  | {
      readonly kind: 'done';
      readonly lines: readonly string[];
      readonly bytes: number;
      readonly truncated: boolean;
      readonly size: ArtifactSize;
    }
  | { readonly kind: 'binary'; readonly bytes: number }
  | { readonly kind: 'failed'; readonly title: string; readonly message: string };

/**
 * Reads up to `maxBytes` of a file as lines while they arrive (peek-bounded, so the server sends no
 * more), keeping at most that much text in memory; a binary file stops at its first chunk.
 */
export function useStreamedLines(
  location: StorageLocation,
  namespace: string | undefined,
  maxBytes: number = FULL_VIEW_BYTES,
): StreamedLines {
  const client = useKfpClient();
  const [state, setState] = useState<StreamedLines>({ kind: 'loading', lines: [], bytes: 0 });
  const target = useRef({ location, namespace, maxBytes });
  useEffect(() => {
    const { location: where, namespace: ns, maxBytes: limit } = target.current;
    const controller = new AbortController();
    const decoder = new TextDecoder();
    const lines: string[] = [];
    let partial = '';
    let first = true;
    const push = (text: string) => {
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) lines.push(part);
    };
    readArtifactFile(client, where, ns, limit, {
      signal: controller.signal,
      onChunk: (chunk, received) => {
        if (first && looksBinary(chunk)) {
          controller.abort();
          setState({ kind: 'binary', bytes: received });
          return;
        }
        first = false;
        push(decoder.decode(chunk, { stream: true }));
        setState({ kind: 'loading', lines: [...lines], bytes: received });
      },
    })
      .then((read) => {
        if (controller.signal.aborted) return;
        push(decoder.decode());
        if (partial !== '' || lines.length === 0) lines.push(partial);
        setState({
          kind: 'done',
          lines,
          bytes: read.bytes.byteLength,
          truncated: read.truncated,
          size: read.size,
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          kind: 'failed',
          title: artifactErrorTitle(error instanceof ApiError ? error.status : undefined),
          message: error instanceof Error ? error.message : String(error),
        });
      });
    return () => controller.abort();
  }, [client]);
  return state;
}
