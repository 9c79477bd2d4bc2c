const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/**
 * A size for people: `512 bytes`, `1.5 KB`, `2 MB`, `40 MB`, `3 GB`. Binary units, as KFP's own limits
 * are (`MaxFileLength = 32 << 20`, backend/src/apiserver/common/const.go), so they read as round
 * numbers; one decimal below 10 and whole numbers from 10 on, as `ls -h` and `du -h` show sizes (a
 * trailing `.0` is dropped: an exact limit reads `2 MB`). KFP's own UI shows no sizes to copy.
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const tenths = Math.round(value * 10) / 10;
  const shown = unit === 0 || tenths >= 10 ? Math.round(value) : tenths;
  return `${String(shown)} ${UNITS[unit] ?? 'bytes'}`;
}
