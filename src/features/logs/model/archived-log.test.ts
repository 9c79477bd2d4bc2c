import { gzipSync } from 'node:zlib';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { ArchivedLogError, decodeArchivedLog } from './archived-log.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const text = (s: string) => new TextEncoder().encode(s);

describe('decodeArchivedLog', () => {
  it("reads Argo's main.log as stored: plain, gzip, or the first file of a tar.gz", async () => {
    expect(await decodeArchivedLog({ data: b64(text('a\nb\n')) })).toBe('a\nb\n');
    expect(await decodeArchivedLog({ data: b64(gzipSync(text('zipped'))) })).toBe('zipped');
    const tar = createTar([{ name: 'main.log', data: text('in a tar') }]);
    expect(await decodeArchivedLog({ data: b64(gzipSync(tar)) })).toBe('in a tar');
  });

  it('refuses bad answers and archives that unpack past the limit', async () => {
    await expect(decodeArchivedLog({})).rejects.toThrow(ArchivedLogError);
    await expect(decodeArchivedLog({ data: '%%%' })).rejects.toThrow('not base64');
    const bomb = gzipSync(new Uint8Array(4096));
    await expect(decodeArchivedLog({ data: b64(bomb) }, 1024)).rejects.toThrow(
      'larger than 1 KB unpacked',
    );
    await expect(decodeArchivedLog({ data: 'A'.repeat(4000) }, 1024)).rejects.toThrow(
      'larger than',
    );
  });
});
