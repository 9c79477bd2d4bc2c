import { gzipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, gunzipLimited, isTar } from '@/lib/kfp/read-artifact.ts';
import { decodeReadArtifactResponse } from './v1-artifact.ts';

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** gzip through the platform's CompressionStream (what a browser would have produced). */
async function gzipWithStream(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const METADATA = JSON.stringify({
  outputs: [{ type: 'markdown', storage: 'inline', source: '# Größe 📈' }],
});

describe('decodeReadArtifactResponse', () => {
  it('decodes base64 → gunzip → first tar entry → UTF-8 text (as Argo stores artifacts)', async () => {
    const tar = createTar([{ name: 'mlpipeline-ui-metadata.json', data: METADATA }]);
    const body = { data: toBase64(await gzipWithStream(tar)) };
    await expect(decodeReadArtifactResponse(body)).resolves.toBe(METADATA);
  });

  it('takes the first regular file, past directories', async () => {
    const tar = createTar([
      { name: 'out/' },
      { name: 'out/metrics.json', data: '{"metrics": []}' },
      { name: 'out/other.txt', data: 'no' },
    ]);
    await expect(decodeReadArtifactResponse({ data: toBase64(gzipSync(tar)) })).resolves.toBe(
      '{"metrics": []}',
    );
  });

  it('returns the content of an unarchived artifact: plain gzip, plain tar, plain text', async () => {
    await expect(
      decodeReadArtifactResponse({ data: toBase64(gzipSync(new TextEncoder().encode('hello'))) }),
    ).resolves.toBe('hello');
    await expect(
      decodeReadArtifactResponse({
        data: toBase64(createTar([{ name: 'a.txt', data: 'in tar' }])),
      }),
    ).resolves.toBe('in tar');
    await expect(
      decodeReadArtifactResponse({ data: toBase64(new TextEncoder().encode('plain ✓')) }),
    ).resolves.toBe('plain ✓');
  });

  it('accepts base64 broken over lines', async () => {
    const base64 = toBase64(new TextEncoder().encode('x'.repeat(200)));
    const wrapped = base64.replace(/(.{76})/g, '$1\n');
    await expect(decodeReadArtifactResponse({ data: wrapped })).resolves.toBe('x'.repeat(200));
  });

  it.each([
    [null, 'artifact: expected {"data": "<base64>"} from the ReadArtifact call'],
    [{ data: 5 }, 'artifact: expected {"data": "<base64>"} from the ReadArtifact call'],
    [{}, 'artifact: expected {"data": "<base64>"} from the ReadArtifact call'],
    [{ data: '' }, 'artifact: the artifact is empty'],
    [{ data: '%%% not base64 %%%' }, 'artifact: data is not valid base64'],
  ])('%j → %s', async (body, message) => {
    await expect(decodeReadArtifactResponse(body)).rejects.toThrow(message);
  });

  it('refuses a corrupt gzip stream', async () => {
    const corrupt = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(decodeReadArtifactResponse({ data: toBase64(corrupt) })).rejects.toThrow(
      /^artifact: not a valid gzip file \(/,
    );
  });

  it('stops a gzip bomb at the limit instead of inflating it all', async () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(
      decodeReadArtifactResponse({ data: toBase64(bomb) }, { maxBytes: 1024 * 1024 }),
    ).rejects.toThrow('artifact: larger than the 1 MB limit once unpacked');
  });

  it('refuses base64 too long for the limit before decoding it', async () => {
    await expect(
      decodeReadArtifactResponse({ data: 'A'.repeat(2000) }, { maxBytes: 1000 }),
    ).rejects.toThrow('artifact: larger than the 1000 bytes limit');
  });

  it('refuses an archive holding no file', async () => {
    const tar = createTar([{ name: 'empty-dir/' }]);
    expect(isTar(tar)).toBe(true);
    await expect(decodeReadArtifactResponse({ data: toBase64(gzipSync(tar)) })).rejects.toThrow(
      'artifact: the archive holds no file',
    );
  });
});

describe('helpers', () => {
  it('base64ToBytes decodes bytes above 127 exactly', () => {
    expect([...base64ToBytes(toBase64(new Uint8Array([0, 127, 128, 255])))]).toEqual([
      0, 127, 128, 255,
    ]);
  });

  it('gunzipLimited inflates within the limit', async () => {
    const data = new TextEncoder().encode('abc'.repeat(1000));
    const packed = new Uint8Array(gzipSync(data));
    expect(new TextDecoder().decode(await gunzipLimited(packed, 3000))).toBe('abc'.repeat(1000));
  });

  it('isTar needs the ustar magic', () => {
    expect(isTar(new Uint8Array(1024))).toBe(false);
    expect(isTar(new Uint8Array(10))).toBe(false);
  });
});
