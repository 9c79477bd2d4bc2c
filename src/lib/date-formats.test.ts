import { describe, expect, it } from 'vitest';
import { dateFormats } from './date-formats.ts';

describe('dateFormats', () => {
  it('makes the formatters once and shares them', () => {
    expect(dateFormats()).toBe(dateFormats());
    expect(dateFormats().short).toBe(dateFormats().short);
  });

  it('formats in the reader locale: medium date and short time in a cell, the full date on hover', () => {
    const { short, full } = dateFormats();
    expect(short.resolvedOptions()).toMatchObject({ dateStyle: 'medium', timeStyle: 'short' });
    expect(full.resolvedOptions()).toMatchObject({ dateStyle: 'full', timeStyle: 'long' });
    const date = new Date(Date.UTC(2026, 11, 7, 12));
    expect(short.format(date)).toContain('2026');
    expect(full.format(date)).toContain('2026');
  });

  it('gives Kubernetes times to the second', () => {
    expect(dateFormats().seconds.resolvedOptions()).toMatchObject({
      month: 'short',
      second: '2-digit',
    });
  });
});
