import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('uses binary units with one decimal below 10', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(32 * 1024 * 1024)).toBe('32 MB');
    expect(formatBytes(40 * 1024 * 1024 + 1)).toBe('40 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('rounds to whole numbers from 10 on and drops a trailing .0', () => {
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12 MB');
    expect(formatBytes(2 * 1024 * 1024 + 2)).toBe('2 MB');
    expect(formatBytes(9.96 * 1024)).toBe('10 KB');
    expect(formatBytes(500 * 1024 * 1024)).toBe('500 MB');
  });
});
