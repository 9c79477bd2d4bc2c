import type { ReadRequest, ReadText } from './load-viewers.ts';
import { loadedTextFromBytes } from './read-limit.ts';
import { formatStorageLocation } from '@/lib/kfp/storage-uri.ts';

export interface InMemoryReader {
  read: ReadText;
  /** Every request made, in order. */
  requests: ReadRequest[];
}

/**
 * A ReadText over files held in memory, keyed by storage URI (`gs://b/k`). It honours `maxBytes` the
 * way the real reader does with `peek`; an unknown URI rejects like a 404. For tests and demos.
 */
export function inMemoryReader(files: Readonly<Record<string, string>>): InMemoryReader {
  const requests: ReadRequest[] = [];
  const encoder = new TextEncoder();
  const read: ReadText = (request) => {
    requests.push(request);
    const uri = formatStorageLocation(request.location);
    const text = Object.hasOwn(files, uri) ? files[uri] : undefined;
    if (text === undefined) return Promise.reject(new Error(`404 not found: ${uri}`));
    return Promise.resolve(
      loadedTextFromBytes(encoder.encode(text).subarray(0, request.maxBytes + 1), request.maxBytes),
    );
  };
  return { read, requests };
}
