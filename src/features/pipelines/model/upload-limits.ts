/** The API server's limit on a pipeline file (`common.MaxFileLength`, 32 MB); also what an archive may unpack to. */
export const MAX_PIPELINE_FILE_BYTES = 32 * 1024 * 1024;

/** What the file picker offers. The server tells archives by their content, so `.tgz` works like `.tar.gz`. */
export const PIPELINE_FILE_ACCEPT = '.yaml,.yml,.json,.zip,.tar.gz,.tgz';

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** `1536` → `1.5 KB`, `33554432` → `32 MB` (binary units, as the server's limit is). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown =
    unit === 0 || value >= 10 || Number.isInteger(value)
      ? Math.round(value).toString()
      : value.toFixed(1);
  return `${shown} ${UNITS[unit] ?? 'bytes'}`;
}
