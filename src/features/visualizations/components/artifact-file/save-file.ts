/**
 * Streaming a download to disk through the File System Access API's save dialog (Chromium), so a
 * file of any size never sits in memory. Where the browser has no such dialog, savePicker answers
 * undefined and the caller collects a Blob instead.
 */

interface SaveTarget {
  createWritable(): Promise<WritableStream<Uint8Array>>;
}

type Picker = (options: { suggestedName: string }) => Promise<SaveTarget>;

function hasPicker(value: object): value is { showSaveFilePicker: Picker } {
  return 'showSaveFilePicker' in value && typeof value.showSaveFilePicker === 'function';
}

/** A function that asks the user where to save `name`, or undefined without a save dialog. */
export function savePicker(): ((name: string) => Promise<SaveTarget>) | undefined {
  if (typeof window === 'undefined') return undefined;
  const host: object = window;
  if (!hasPicker(host)) return undefined;
  const picker = host.showSaveFilePicker.bind(host);
  return (name) => picker({ suggestedName: name });
}

/** Pipes a body into the chosen file, counting bytes; answers the total. */
export async function saveStream(
  body: ReadableStream<Uint8Array> | null,
  target: SaveTarget,
  onProgress: (bytes: number) => void,
): Promise<number> {
  const writable = await target.createWritable();
  if (!body) {
    await writable.close();
    return 0;
  }
  let total = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      onProgress(total);
      controller.enqueue(chunk);
    },
  });
  await body.pipeThrough(counter).pipeTo(writable);
  return total;
}
