import { describe, expect, it } from 'vitest';
import { fromDateTimeLocal, parseInstant, toDateTimeLocal } from './date-range.ts';

describe('date range conversion', () => {
  it('round-trips a local input value through a UTC instant', () => {
    const iso = fromDateTimeLocal('2026-08-01T10:30');
    expect(iso).toBeDefined();
    expect(toDateTimeLocal(iso)).toBe('2026-08-01T10:30');
  });

  it('treats empty and invalid values as no bound', () => {
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(toDateTimeLocal('nope')).toBe('');
    expect(parseInstant('nope')).toBeUndefined();
    expect(parseInstant('2026-08-01T00:00:00Z')).toBe('2026-08-01T00:00:00.000Z');
  });
});
