import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  argoArtifactArchive,
  argoArtifactKey,
  createObjectStore,
  extractFirstTarEntry,
  isGzip,
} from './object-store.ts';

const text = (s: string) => new TextEncoder().encode(s);
const read = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

describe('createObjectStore', () => {
  it('keeps objects by bucket and key', () => {
    const store = createObjectStore();
    store.put('mlpipeline', 'a/b.txt', text('one'));
    store.put('other', 'a/b.txt', text('two'));
    expect(read(store.get('mlpipeline', 'a/b.txt'))).toBe('one');
    expect(read(store.get('other', 'a/b.txt'))).toBe('two');
    expect(store.get('mlpipeline', 'missing')).toBeUndefined();
  });

  it('copies bytes so callers cannot change stored objects', () => {
    const store = createObjectStore();
    const data = text('abc');
    store.put('b', 'k', data);
    data[0] = 0x7a;
    const got = store.get('b', 'k');
    expect(read(got)).toBe('abc');
    if (got) got[0] = 0x7a;
    expect(read(store.get('b', 'k'))).toBe('abc');
  });
});

describe('Argo artifact archives', () => {
  it('round-trips one file through tar.gz', () => {
    const archive = argoArtifactArchive('data', text('{"outputs": []}'));
    expect(isGzip(archive)).toBe(true);
    expect(read(extractFirstTarEntry(archive))).toBe('{"outputs": []}');
  });

  it('is deterministic for the same input', () => {
    expect(argoArtifactArchive('x', text('1'), 5000)).toEqual(
      argoArtifactArchive('x', text('1'), 5000),
    );
  });

  it('returns plain objects and non-tar gzip as they are', () => {
    expect(read(extractFirstTarEntry(text('plain')))).toBe('plain');
    expect(
      read(extractFirstTarEntry(gzipSync(text('not a tar but long enough to be parsed as one')))),
    ).toMatch(/not a tar/);
  });

  it('builds keys the way KFP configures Argo', () => {
    expect(
      argoArtifactKey(
        'data-handling-x7k2p',
        '2026-03-04T10:00:00Z',
        'data-handling-x7k2p-123',
        'mlpipeline-ui-metadata',
      ),
    ).toBe(
      'artifacts/data-handling-x7k2p/2026/03/04/data-handling-x7k2p-123/mlpipeline-ui-metadata.tgz',
    );
  });
});
