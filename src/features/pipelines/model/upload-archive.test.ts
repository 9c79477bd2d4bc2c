import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { chooseEntry, extractFromTarGz, extractFromZip } from './upload-archive.ts';
import { MAX_PIPELINE_FILE_BYTES } from './upload-limits.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const yaml = 'pipelineInfo:\n  name: hello\nroot:\n  dag:\n    tasks: {}\n';

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [
        name,
        typeof data === 'string' ? encoder.encode(data) : data,
      ]),
    ),
  );
}

let bombZip: Uint8Array | undefined;
/** 40 MB of zeros deflate to a few kilobytes; built once (a copy each time), as compressing takes a while. */
function zipBomb(): Uint8Array {
  bombZip ??= zip({ 'pipeline.yaml': new Uint8Array(40 * 1024 * 1024) });
  return bombZip.slice();
}

function tarGz(files: Record<string, string | Uint8Array>): Uint8Array {
  return gzipSync(createTar(Object.entries(files).map(([name, data]) => ({ name, data }))));
}

describe('chooseEntry', () => {
  it('takes the one YAML file when it is pipeline.yaml or the first file', () => {
    expect(chooseEntry(['pipeline.yaml', 'README.md'], 'zip')).toEqual({
      ok: true,
      name: 'pipeline.yaml',
    });
    expect(chooseEntry(['README.md', 'pipeline.yaml'], 'zip')).toEqual({
      ok: true,
      name: 'pipeline.yaml',
    });
    expect(chooseEntry(['train.yml', 'notes.txt'], 'tar.gz')).toEqual({
      ok: true,
      name: 'train.yml',
    });
  });

  it('refuses an empty archive, one without YAML and one with several', () => {
    expect(chooseEntry([], 'zip')).toMatchObject({
      ok: false,
      problem: { kind: 'archive', message: 'The zip archive is empty.' },
    });
    expect(chooseEntry(['a.txt', 'b.py'], 'zip')).toMatchObject({
      ok: false,
      problem: {
        message: 'The zip archive holds no pipeline file (.yaml or .yml), only a.txt, b.py.',
      },
    });
    expect(chooseEntry(['a.yaml', 'b.yml'], 'tar.gz')).toMatchObject({
      ok: false,
      problem: {
        message:
          'The tar.gz archive holds 2 YAML files (a.yaml, b.yml); it must hold exactly one pipeline file.',
      },
    });
  });

  it('refuses a pipeline file the server would not pick (not pipeline.yaml, not first)', () => {
    const result = chooseEntry(['README.md', 'train.yaml'], 'zip');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'archive' } });
    expect(result.ok ? '' : result.problem.message).toMatch(
      /reads pipeline\.yaml .* first file, which here is README\.md\. Rename train\.yaml/,
    );
  });

  it('shortens long listings', () => {
    const names = Array.from({ length: 8 }, (_, index) => `f${index}.txt`);
    const result = chooseEntry(names, 'zip');
    expect(result.ok ? '' : result.problem.message).toContain(
      'f0.txt, f1.txt, f2.txt, f3.txt, f4.txt and 3 more',
    );
  });
});

describe('extractFromZip', () => {
  it('unpacks the pipeline file, ignoring folders', () => {
    const result = extractFromZip(zip({ 'pipeline.yaml': yaml, 'docs/README.md': '# hi' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entryName).toBe('pipeline.yaml');
    expect(decoder.decode(result.bytes)).toBe(yaml);
  });

  it('refuses what is not a zip', () => {
    expect(extractFromZip(encoder.encode('PK but not really a zip'))).toMatchObject({
      ok: false,
      problem: { kind: 'archive', message: 'The file is not a valid zip archive.' },
    });
  });

  it('refuses a zip bomb by its declared sizes before inflating it', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = extractFromZip(bomb);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'zip-bomb' } });
    expect(result.ok ? '' : result.problem.message).toBe(
      'The zip archive would unpack to 40 MB, more than the 32 MB a pipeline may have; it is refused unopened.',
    );
  });

  it('inflates no more than a lying header declares', () => {
    const bomb = zipBomb();
    // Rewrite the uncompressed size in the local header (offset 22) and the central directory (offset 24) to 100.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let offset = 0; offset + 4 <= bomb.length; offset += 1) {
      const signature = view.getUint32(offset, true);
      if (signature === 0x04034b50) view.setUint32(offset + 22, 100, true);
      if (signature === 0x02014b50) view.setUint32(offset + 24, 100, true);
    }
    const result = extractFromZip(bomb);
    // The entry comes out cut at the declared 100 bytes (then refused later as not a pipeline), not as 40 MB.
    expect(result.ok && result.bytes.length).toBe(100);
  });

  it('counts every entry towards the 32 MB, not just the pipeline file', () => {
    const half = new Uint8Array(MAX_PIPELINE_FILE_BYTES / 2 + 1);
    expect(
      extractFromZip(zip({ 'pipeline.yaml': yaml, 'a.bin': half, 'b.bin': half })),
    ).toMatchObject({
      ok: false,
      problem: { kind: 'zip-bomb' },
    });
  });
});

describe('extractFromTarGz', () => {
  it('unpacks the pipeline file', async () => {
    const result = await extractFromTarGz(
      tarGz({ 'pipeline.yaml': yaml, 'component.py': 'print(1)' }),
    );
    expect(result.ok && decoder.decode(result.bytes)).toBe(yaml);
  });

  it('refuses gzip data that is not a tar, and data that is not gzip', async () => {
    expect(await extractFromTarGz(gzipSync(encoder.encode(yaml)))).toMatchObject({
      ok: false,
      problem: { kind: 'archive' },
    });
    expect(await extractFromTarGz(encoder.encode(yaml))).toMatchObject({
      ok: false,
      problem: { kind: 'archive' },
    });
    const truncated = tarGz({ 'pipeline.yaml': yaml }).subarray(0, 30);
    expect(await extractFromTarGz(truncated)).toMatchObject({
      ok: false,
      problem: { kind: 'archive' },
    });
  });

  it('refuses a bomb, naming the size its gzip trailer declares', async () => {
    const result = await extractFromTarGz(
      tarGz({ 'pipeline.yaml': new Uint8Array(40 * 1024 * 1024) }),
    );
    expect(result).toMatchObject({ ok: false, problem: { kind: 'zip-bomb' } });
    expect(result.ok ? '' : result.problem.message).toMatch(
      /^The tar\.gz archive would unpack to 40 MB/,
    );
  });

  it('stops inflating at the limit when the trailer lies', async () => {
    const bomb = tarGz({ 'pipeline.yaml': new Uint8Array(40 * 1024 * 1024) });
    // The trailer's ISIZE field now claims 100 bytes.
    new DataView(bomb.buffer, bomb.byteOffset + bomb.length - 4, 4).setUint32(0, 100, true);
    const result = await extractFromTarGz(bomb);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'zip-bomb' } });
    expect(result.ok ? '' : result.problem.message).toMatch(/would unpack to more than 33 MB/);
  });
});
