import { describe, expect, it } from 'vitest';
import { parseCollapsed, toggleCollapsed, visualSectionId } from './collapsed-sections.ts';

describe('collapsed sections in the URL', () => {
  it('reads ids and ignores what is not one', () => {
    expect([...parseCollapsed('parameters, metrics,,v1x2y,<script>')]).toEqual([
      'parameters',
      'metrics',
      'v1x2y',
    ]);
    expect(parseCollapsed(null).size).toBe(0);
  });

  it('flips one section and drops the parameter when none stays collapsed', () => {
    expect(toggleCollapsed(null, 'metrics')).toBe('metrics');
    expect(toggleCollapsed('metrics', 'parameters')).toBe('metrics,parameters');
    expect(toggleCollapsed('metrics,parameters', 'metrics')).toBe('parameters');
    expect(toggleCollapsed('metrics', 'metrics')).toBeUndefined();
  });

  it('gives a visualization group a short stable id that fits the URL', () => {
    const key = 'evaluate-model\u0000table\u0000Predictions';
    expect(visualSectionId(key)).toBe(visualSectionId(key));
    expect(visualSectionId(key)).toMatch(/^v[a-z0-9]{1,7}$/);
    expect(visualSectionId(key)).not.toBe(visualSectionId(`${key}\u00002`));
    expect(
      parseCollapsed(toggleCollapsed(null, visualSectionId(key)) ?? '').has(visualSectionId(key)),
    ).toBe(true);
  });
});
