import { describe, expect, it } from 'vitest';
import { bootstrapInterval, medianDifference, medianRatio } from './bootstrap.ts';

const noisy = [412, 455, 390, 377, 386, 475, 410, 523, 355, 424, 549];

describe('bootstrapInterval', () => {
  it('straddles no difference when both sides are the same samples', () => {
    const { low, high } = bootstrapInterval(noisy, noisy, (a, b) => b - a);
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(0);
  });

  it('excludes no difference when the samples are far apart', () => {
    const later = noisy.map((value) => value + 200);
    const { low, high } = bootstrapInterval(noisy, later, (a, b) => b - a);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThanOrEqual(300);
  });

  it('gives the same interval for the same samples (seeded)', () => {
    const difference = (a: number, b: number) => b - a;
    expect(bootstrapInterval(noisy, noisy.slice(2), difference)).toEqual(
      bootstrapInterval(noisy, noisy.slice(2), difference),
    );
  });

  it('has no interval without samples', () => {
    expect(bootstrapInterval([], noisy, (a, b) => a - b).low).toBeNaN();
  });
});

describe('medianDifference and medianRatio', () => {
  it('print the medians’ difference and ratio with their intervals', () => {
    expect(medianDifference([100, 100, 100], [130, 130, 130])).toBe('+30 ms (95 %: +30…+30)');
    expect(medianRatio([900, 900, 900], [300, 300, 300])).toBe('3.00× (95 %: 3.00–3.00)');
  });
});
