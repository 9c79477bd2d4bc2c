import { describe, expect, it } from 'vitest';
import {
  frameHeightFrom,
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  withHeightReport,
} from './frame-height.ts';

describe('frame height', () => {
  it('adds a height-reporting script after the HTML, leaving the HTML as it was', () => {
    const html = '<p>plot</p>';
    const reported = withHeightReport(html);
    expect(reported.startsWith(html)).toBe(true);
    expect(reported).toMatch(
      /<script>.*getBoundingClientRect.*parent\.postMessage\(.*<\/script>$/s,
    );
  });

  it('takes only well-formed reports, clamped to the bounds', () => {
    const report = (height: unknown) =>
      frameHeightFrom({ type: 'kfp-dashboard:frame-height', height });
    expect(report(480.2)).toBe(481);
    expect(report(5)).toBe(MIN_FRAME_HEIGHT);
    expect(report(1e9)).toBe(MAX_FRAME_HEIGHT);
    expect(report(Number.NaN)).toBeUndefined();
    expect(report('480')).toBeUndefined();
    expect(frameHeightFrom({ type: 'other', height: 300 })).toBeUndefined();
    expect(frameHeightFrom('kfp-dashboard:frame-height')).toBeUndefined();
    expect(frameHeightFrom(null)).toBeUndefined();
  });
});
