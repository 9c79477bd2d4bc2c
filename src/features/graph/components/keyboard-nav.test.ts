import { describe, expect, it } from 'vitest';
import { directionOfKey, neighbourInDirection, type NodeRect } from './keyboard-nav.ts';

const rect = (x: number, y: number): NodeRect => ({ x, y, width: 100, height: 50 });
//   a     b
//      c        d
//   e
const rects = new Map([
  ['a', rect(0, 0)],
  ['b', rect(200, 0)],
  ['c', rect(120, 100)],
  ['d', rect(600, 100)],
  ['e', rect(0, 300)],
]);

describe('neighbourInDirection', () => {
  it('goes to the nearest row, then the closest node in it', () => {
    expect(neighbourInDirection(rects, 'a', 'down')).toBe('c');
    expect(neighbourInDirection(rects, 'e', 'up')).toBe('c');
    expect(neighbourInDirection(rects, 'd', 'up')).toBe('b');
    expect(neighbourInDirection(rects, 'c', 'down')).toBe('e');
    expect(neighbourInDirection(rects, 'e', 'down')).toBeUndefined();
  });

  it('goes along a row, else to the nearest column', () => {
    expect(neighbourInDirection(rects, 'a', 'right')).toBe('b');
    expect(neighbourInDirection(rects, 'c', 'right')).toBe('d');
    expect(neighbourInDirection(rects, 'd', 'left')).toBe('c');
    expect(neighbourInDirection(rects, 'c', 'left')).toBe('a');
    expect(neighbourInDirection(rects, 'a', 'left')).toBeUndefined();
    expect(neighbourInDirection(rects, 'missing', 'left')).toBeUndefined();
  });

  it('maps arrow keys only', () => {
    expect(directionOfKey('ArrowDown')).toBe('down');
    expect(directionOfKey('Enter')).toBeUndefined();
  });
});
