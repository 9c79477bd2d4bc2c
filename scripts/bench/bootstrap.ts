import { prng } from '../../emulator/sim/random.ts';
import { median } from './session.ts';

/**
 * How sure a comparison of two builds' (or two UIs') medians is: a percentile bootstrap. Each of the
 * two sample lists is resampled with replacement, the statistic of the two resampled medians noted,
 * and the middle 95 % of those notes is the interval. Under this machine's load a 20–30 ms difference
 * of medians from 7 samples is often noise (session 8 chased several); an interval that straddles 0
 * (or 1 for a ratio) says so.
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] ?? Number.NaN);
}

export function bootstrapInterval(
  a: readonly number[],
  b: readonly number[],
  statistic: (medianA: number, medianB: number) => number,
  rounds = 2000,
): Interval {
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  // Seeded: the same samples always give the same interval.
  const random = prng(a.length * 7919 + b.length);
  const notes: number[] = [];
  for (let round = 0; round < rounds; round++)
    notes.push(statistic(median(resample(a, random)), median(resample(b, random))));
  notes.sort((x, y) => x - y);
  const at = (share: number) => notes[Math.min(notes.length - 1, Math.floor(share * notes.length))];
  return { low: at(0.025) ?? Number.NaN, high: at(0.975) ?? Number.NaN };
}

/** `b`'s median minus `a`'s, in ms, with its interval: "−14 ms (95 %: −35…+8)". */
export function medianDifference(a: readonly number[], b: readonly number[]): string {
  const ms = (value: number) => `${value > 0 ? '+' : ''}${Math.round(value)}`;
  const { low, high } = bootstrapInterval(a, b, (ma, mb) => mb - ma);
  return `${ms(median(b) - median(a))} ms (95 %: ${ms(low)}…${ms(high)})`;
}

/** `a`'s median over `b`'s, with its interval: "2.36× (95 %: 2.21–2.52)". */
export function medianRatio(a: readonly number[], b: readonly number[]): string {
  const { low, high } = bootstrapInterval(a, b, (ma, mb) => ma / mb);
  return `${(median(a) / median(b)).toFixed(2)}× (95 %: ${low.toFixed(2)}–${high.toFixed(2)})`;
}
