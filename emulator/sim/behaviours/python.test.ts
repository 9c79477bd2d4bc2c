import { describe, expect, it } from 'vitest';
import { pickleProtocol0 } from './pickle.ts';
import { pyBool, pyFloat } from './python.ts';

describe('pyFloat', () => {
  it.each([
    [12, '12.0'],
    [0, '0.0'],
    [-3, '-3.0'],
    [2.5, '2.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1e16, '1e+16'],
    [1.5e22, '1.5e+22'],
    [123456789012345, '123456789012345.0'],
  ])('prints %s as Python does', (value, text) => {
    expect(pyFloat(value)).toBe(text);
  });

  it('prints bools as Python does', () => {
    expect([pyBool(true), pyBool(false)]).toEqual(['True', 'False']);
  });
});

describe('pickleProtocol0', () => {
  it('writes the text protocol: marks, memo puts, setitems and appends, ending in STOP', () => {
    expect(pickleProtocol0([{ class: 'car', confidence: 0.5, box: [1, 2] }])).toBe(
      '(lp0\n(dp1\nVclass\np2\nVcar\np3\nsVconfidence\np4\nF0.5\nsVbox\np5\n(lp6\nF1.0\naF2.0\nasa.',
    );
  });
});
