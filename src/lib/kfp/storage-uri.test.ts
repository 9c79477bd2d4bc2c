import { describe, expect, it } from 'vitest';
import {
  artifactGetParams,
  formatStorageLocation,
  parseStorageUri,
  StorageUriError,
  tryParseStorageUri,
} from './storage-uri.ts';

describe('parseStorageUri', () => {
  it.each([
    ['gs://bucket/roc/roc.csv', { source: 'gcs', bucket: 'bucket', key: 'roc/roc.csv' }],
    [
      'minio://mlpipeline/artifacts/run-1/main.tgz',
      { source: 'minio', bucket: 'mlpipeline', key: 'artifacts/run-1/main.tgz' },
    ],
    ['s3://my-bucket/a/b/c.json', { source: 's3', bucket: 'my-bucket', key: 'a/b/c.json' }],
    [
      'http://example.com:8080/files/x.html',
      { source: 'http', bucket: 'example.com:8080', key: 'files/x.html' },
    ],
    ['https://example.com/x.md', { source: 'https', bucket: 'example.com', key: 'x.md' }],
    [
      'volume://shared-data/path/to/file.csv',
      { source: 'volume', bucket: 'shared-data', key: 'path/to/file.csv' },
    ],
    ['  GS://b//k  ', { source: 'gcs', bucket: 'b', key: 'k' }],
  ])('%s', (uri, expected) => {
    expect(parseStorageUri(uri)).toEqual(expected);
  });

  it('keeps spaces, query-like text and unicode in the key as they are', () => {
    expect(parseStorageUri('gs://b/dir with space/ä?x=1#y').key).toBe('dir with space/ä?x=1#y');
  });

  it.each([
    [
      'ftp://host/file',
      'unsupported storage scheme "ftp://" in "ftp://host/file" (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    [
      '/local/path.csv',
      '"/local/path.csv" is not a storage URI (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    [
      'gs:/bucket/key',
      '"gs:/bucket/key" is not a storage URI (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    ['gs://', 'storage URI "gs://" has no bucket'],
    ['gs:///key', 'storage URI "gs:///key" has no bucket'],
    ['https:///key', 'storage URI "https:///key" has no host'],
    ['volume:///key', 'storage URI "volume:///key" has no volume name'],
    ['gs://bucket', 'storage URI "gs://bucket" has no path after the bucket'],
    ['s3://bucket/', 'storage URI "s3://bucket/" has no path after the bucket'],
    ['http://host', 'storage URI "http://host" has no path after the host'],
  ])('refuses %s', (uri, message) => {
    expect(() => parseStorageUri(uri)).toThrow(new StorageUriError(message));
  });

  it('does not treat inherited object keys as schemes', () => {
    expect(() => parseStorageUri('constructor://a/b')).toThrow(StorageUriError);
    expect(() => parseStorageUri('__proto__://a/b')).toThrow(StorageUriError);
  });

  it('shortens a very long URI in the message', () => {
    const error = (() => {
      try {
        parseStorageUri(`x${'a'.repeat(10_000)}`);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(StorageUriError);
    expect(error instanceof Error ? error.message.length : 0).toBeLessThan(200);
  });

  it('tryParseStorageUri answers undefined instead of throwing', () => {
    expect(tryParseStorageUri('nope')).toBeUndefined();
    expect(tryParseStorageUri('s3://b/k')).toEqual({ source: 's3', bucket: 'b', key: 'k' });
  });
});

describe('artifactGetParams', () => {
  const location = parseStorageUri('minio://mlpipeline/artifacts/x/data.tgz');

  it('gives source, bucket and key', () => {
    expect(artifactGetParams(location)).toEqual({
      source: 'minio',
      bucket: 'mlpipeline',
      key: 'artifacts/x/data.tgz',
    });
  });

  it('adds namespace and peek', () => {
    const params = artifactGetParams(location, { namespace: 'kubeflow-alice', peek: 1024 });
    expect(params).toEqual({
      source: 'minio',
      bucket: 'mlpipeline',
      key: 'artifacts/x/data.tgz',
      namespace: 'kubeflow-alice',
      peek: '1024',
    });
    expect(new URLSearchParams(params).toString()).toBe(
      'source=minio&bucket=mlpipeline&key=artifacts%2Fx%2Fdata.tgz&namespace=kubeflow-alice&peek=1024',
    );
  });

  it('leaves out an empty namespace', () => {
    expect(artifactGetParams(location, { namespace: '' })).not.toHaveProperty('namespace');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses peek %s', (peek) => {
    expect(() => artifactGetParams(location, { peek })).toThrow(RangeError);
  });
});

describe('formatStorageLocation', () => {
  it('round-trips every scheme', () => {
    for (const uri of [
      'gs://b/k/x',
      'minio://b/k',
      's3://b/k',
      'http://h:1/p',
      'https://h/p/q',
      'volume://v/p',
    ]) {
      expect(formatStorageLocation(parseStorageUri(uri))).toBe(uri);
    }
  });
});
