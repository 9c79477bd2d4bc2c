import type { GeneratedObject } from './types.ts';

/**
 * The bytes of a generated object (a very large artifact the emulator never holds in memory): a CSV
 * of fixed-width rows, so any byte range is computed from the row index alone. Reading it costs
 * memory for one chunk at a time.
 */

/** Every line (the header too) is this many bytes, newline included. */
export const ROW_BYTES = 64;
const CHUNK_BYTES = 64 * 1024;
const encoder = new TextEncoder();
const labels = ['cat', 'dog', 'car', 'bicycle', 'person', 'tree', 'boat', 'bird'];

function line(text: string): string {
  return `${text.padEnd(ROW_BYTES - 1, ' ')}\n`;
}

function hash(n: number): number {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Line `index` of the file (0 is the header). */
export function generatedLine(index: number): string {
  if (index === 0) return line('image_id,width,height,label,checksum');
  const h = hash(index);
  const width = 320 + (h % 8) * 64;
  const height = 240 + ((h >>> 3) % 6) * 48;
  const label = labels[(h >>> 7) % labels.length] ?? 'cat';
  const checksum = hash(h).toString(16).padStart(8, '0') + h.toString(16).padStart(8, '0');
  return line(`img-${String(index).padStart(9, '0')}.jpg,${width},${height},${label},${checksum}`);
}

/** Bytes [start, end) of the object. */
export function generatedBytes(object: GeneratedObject, start: number, end: number): Uint8Array {
  const to = Math.min(end, object.size);
  const from = Math.min(start, to);
  const out = new Uint8Array(to - from);
  let offset = from;
  while (offset < to) {
    const index = Math.floor(offset / ROW_BYTES);
    const text = encoder.encode(generatedLine(index));
    const inRow = offset - index * ROW_BYTES;
    const take = Math.min(ROW_BYTES - inRow, to - offset);
    out.set(text.subarray(inRow, inRow + take), offset - from);
    offset += take;
  }
  return out;
}

/**
 * The object's first `limit` bytes (all of it when limit is 0) as a stream pulled one chunk at a
 * time: a slow reader holds the producer back, a cancelled one stops it.
 */
export function generatedStream(object: GeneratedObject, limit = 0): ReadableStream<Uint8Array> {
  const end = limit > 0 ? Math.min(limit, object.size) : object.size;
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= end) {
          controller.close();
          return;
        }
        const next = Math.min(offset + CHUNK_BYTES, end);
        controller.enqueue(generatedBytes(object, offset, next));
        offset = next;
      },
    },
    { highWaterMark: 1 },
  );
}
