import { describe, expect, it } from 'vitest';
import {
  artifactErrorTitle,
  countBytes,
  describeSize,
  downloadName,
  looksBinary,
  readBounded,
  sizeFromRead,
} from './artifact-file.ts';

/** A body that hands out `chunks` chunks of `size` bytes and records how many were pulled. */
function body(chunks: number, size: number) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (stats.pulled >= chunks) {
          controller.close();
          return;
        }
        stats.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(97));
      },
      cancel() {
        stats.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

describe('sizeFromRead', () => {
  it('is exact when the whole file fit in the peek', () => {
    expect(sizeFromRead(1200, 4096)).toEqual({ kind: 'exact', bytes: 1200 });
    expect(sizeFromRead(4096, 4096)).toEqual({ kind: 'exact', bytes: 4096 });
  });
  it('is a lower bound when more came than the limit, unless a length header says more', () => {
    expect(sizeFromRead(4097, 4096)).toEqual({ kind: 'at-least', bytes: 4096 });
    expect(sizeFromRead(4097, 4096, '524288000')).toEqual({ kind: 'exact', bytes: 524288000 });
    expect(sizeFromRead(4097, 4096, 'nonsense')).toEqual({ kind: 'at-least', bytes: 4096 });
  });
  it('is described for people', () => {
    expect(describeSize({ kind: 'exact', bytes: 1536 })).toBe('1.5 KB');
    expect(describeSize({ kind: 'at-least', bytes: 4096 })).toBe('more than 4 KB');
  });
});

describe('readBounded', () => {
  it('stops pulling and cancels as soon as the file is known to be longer than the limit', async () => {
    // A server that ignores peek: 8,000 chunks of 64 KB (500 MB) on offer.
    const { stream, stats } = body(8000, 65536);
    const read = await readBounded(stream, 4096);
    expect(read.bytes.byteLength).toBe(4096);
    expect(read.truncated).toBe(true);
    expect(read.received).toBe(4097);
    expect(stats.pulled).toBe(1);
    expect(stats.cancelled).toBe(true);
  });
  it('reads a short file whole', async () => {
    const { stream } = body(3, 100);
    const chunks: number[] = [];
    const read = await readBounded(stream, 4096, (_chunk, kept) => chunks.push(kept));
    expect(read).toMatchObject({ received: 300, truncated: false });
    expect(chunks).toEqual([100, 200, 300]);
  });
  it('answers nothing for no body', async () => {
    expect(await readBounded(null, 10)).toMatchObject({ received: 0, truncated: false });
  });
});

describe('countBytes', () => {
  it('counts without keeping, reporting progress', async () => {
    const { stream } = body(4, 1000);
    const seen: number[] = [];
    expect(await countBytes(stream, (n) => seen.push(n))).toBe(4000);
    expect(seen).toEqual([1000, 2000, 3000, 4000]);
  });
});

describe('file facts', () => {
  it('names a download after the key, without Argo’s archive extension', () => {
    expect(downloadName({ source: 'minio', bucket: 'b', key: 'a/run/images' })).toBe('images');
    expect(
      downloadName({ source: 'minio', bucket: 'b', key: 'artifacts/wf/pod/metrics.tgz' }),
    ).toBe('metrics');
    expect(downloadName({ source: 'minio', bucket: 'b', key: 'x/data.tar.gz' })).toBe('data');
  });
  it('tells binary from text', () => {
    expect(looksBinary(new TextEncoder().encode('a,b\n1,2\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
  });
  it('titles the UI server’s failures by status', () => {
    expect(artifactErrorTitle(404)).toBe('The file is not in the object store');
    expect(artifactErrorTitle(403)).toBe('You may not read this file');
    expect(artifactErrorTitle(500)).toBe('The UI server could not read the file');
  });
});
