/**
 * Storage URIs (`gs://b/k`, `minio://b/k`, `s3://b/k`, `http(s)://host/path`, `volume://mount/path`)
 * → the `source`, `bucket` and `key` the KFP UI server's `artifacts/get` endpoint takes.
 */

export type StorageSource = 'gcs' | 'minio' | 's3' | 'http' | 'https' | 'volume';

export interface StorageLocation {
  source: StorageSource;
  /** Bucket; the host (with port) for http(s); the volume name for volume. */
  bucket: string;
  /** Object key / path inside the bucket, without a leading slash. */
  key: string;
}

const SCHEMES: Readonly<Record<string, StorageSource>> = {
  gs: 'gcs',
  minio: 'minio',
  s3: 's3',
  http: 'http',
  https: 'https',
  volume: 'volume',
};

const EXPECTED = 'expected gs://, minio://, s3://, http(s)://, or volume://';

export class StorageUriError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageUriError';
  }
}

/** Parses a storage URI; throws a StorageUriError that names the problem. */
export function parseStorageUri(uri: string): StorageLocation {
  const text = uri.trim();
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/s.exec(text);
  if (!match) {
    throw new StorageUriError(`"${shorten(text)}" is not a storage URI (${EXPECTED})`);
  }
  const scheme = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  const source = Object.hasOwn(SCHEMES, scheme) ? SCHEMES[scheme] : undefined;
  if (source === undefined) {
    throw new StorageUriError(
      `unsupported storage scheme "${shorten(scheme)}://" in "${shorten(text)}" (${EXPECTED})`,
    );
  }
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const key = slash === -1 ? '' : rest.slice(slash + 1).replace(/^\/+/, '');
  if (bucket === '') {
    throw new StorageUriError(
      `storage URI "${shorten(text)}" has no ${source === 'volume' ? 'volume name' : source.startsWith('http') ? 'host' : 'bucket'}`,
    );
  }
  if (key === '') {
    throw new StorageUriError(
      `storage URI "${shorten(text)}" has no path after the ${source.startsWith('http') ? 'host' : 'bucket'}`,
    );
  }
  return { source, bucket, key };
}

/** Like parseStorageUri, but answers undefined instead of throwing. */
export function tryParseStorageUri(uri: string): StorageLocation | undefined {
  try {
    return parseStorageUri(uri);
  } catch {
    return undefined;
  }
}

export interface ArtifactGetOptions {
  namespace?: string;
  /** Only the first `peek` bytes. */
  peek?: number;
}

/** Query parameters for `GET {base}/artifacts/get`. */
export function artifactGetParams(
  location: StorageLocation,
  options: ArtifactGetOptions = {},
): Record<string, string> {
  const params: Record<string, string> = {
    source: location.source,
    bucket: location.bucket,
    key: location.key,
  };
  if (options.namespace) params.namespace = options.namespace;
  if (options.peek !== undefined) {
    if (!Number.isInteger(options.peek) || options.peek <= 0) {
      throw new RangeError(`peek must be a positive whole number of bytes, got ${options.peek}`);
    }
    params.peek = String(options.peek);
  }
  return params;
}

/** The URI a location was parsed from (for titles and messages). */
export function formatStorageLocation(location: StorageLocation): string {
  const scheme = location.source === 'gcs' ? 'gs' : location.source;
  return `${scheme}://${location.bucket}/${location.key}`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
