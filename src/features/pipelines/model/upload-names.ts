/** Pipeline file extensions the server strips to name a pipeline after its file. */
const PIPELINE_EXTENSION = /\.(tar\.gz|tgz|zip|ya?ml|json)$/i;

/** The server's default name for an upload: the file name without folders and extension. */
export function nameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(PIPELINE_EXTENSION, '');
}

/** The last path segment of a package URL, without extension: `https://x/y/train.yaml?raw=1` → `train`. */
export function nameFromUrl(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
    return nameFromFileName(decodeURIComponent(segments.at(-1) ?? ''));
  } catch {
    return '';
  }
}

function pad(value: number): string {
  return value.toString().padStart(2, '0');
}

/**
 * A version name that will not collide with the pipeline's first version (which carries the pipeline's
 * own name): `train-20260314-151203`, in local time.
 */
export function versionNameFor(stem: string, at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${stem || 'version'}-${date}-${time}`;
}
