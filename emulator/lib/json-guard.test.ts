import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.ts';
import { checkJsonText, maxJsonDepth } from './json-guard.ts';

function refusal(text: string): string {
  try {
    checkJsonText(text);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('checkJsonText (what protojson refuses and JSON.parse lets through)', () => {
  it('refuses a key given twice in one object, escaped or not, at any depth', () => {
    expect(refusal('{"display_name":"a","display_name":"b"}')).toBe(
      'proto: (line 1:21): duplicate field "display_name"',
    );
    expect(refusal('{"a":1,\n "\\u0061":2}')).toMatch(/line 2:2\): duplicate field "a"/);
    expect(refusal('{"spec":{"x":[{"k":1,"k":2}]}}')).toMatch(/duplicate field "k"/);
  });

  it('accepts the same key in different objects, and keys that only look alike inside strings', () => {
    expect(refusal('{"a":{"a":1},"b":[{"a":1},{"a":2}],"c":"\\"a\\":1,\\"a\\""}')).toBe('accepted');
    expect(refusal('[{"a":1},{"a":1}]')).toBe('accepted');
  });

  it('refuses nesting deeper than protojson’s limit without recursing', () => {
    const deep = (n: number) => `{"x":${'['.repeat(n)}${']'.repeat(n)}}`;
    expect(refusal(deep(maxJsonDepth - 1))).toBe('accepted');
    expect(refusal(deep(maxJsonDepth))).toMatch(/exceeded max recursion depth/);
    expect(refusal(deep(1_000_000))).toMatch(/exceeded max recursion depth/);
  });
});
