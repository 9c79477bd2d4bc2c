import { describe, expect, it } from 'vitest';
import { ParseError, Reader, describeValue, isRecord, parseInt64 } from './reader.ts';

describe('Reader', () => {
  it('applies proto3 defaults for absent fields', () => {
    const r = Reader.of({}, 'x');
    expect(r.string('s')).toBe('');
    expect(r.number('n')).toBe(0);
    expect(r.boolean('b')).toBe(false);
    expect(r.enumOf('e', ['UNSPECIFIED', 'A'])).toBe('UNSPECIFIED');
    expect(r.array('l', parseInt64)).toEqual([]);
    expect(r.record('m', parseInt64)).toEqual({});
    expect(r.timestamp('t')).toBeUndefined();
    expect(r.int64('i')).toBeUndefined();
  });

  it('treats null like absent', () => {
    expect(Reader.of({ s: null }, '').string('s')).toBe('');
  });

  it('reads int64 strings (and integral numbers) as strings', () => {
    const r = Reader.of({ a: '9007199254740993', b: 12 }, '');
    expect(r.int64('a')).toBe('9007199254740993');
    expect(r.int64('b')).toBe('12');
    expect(() => Reader.of({ c: '1.5' }, 'p').int64('c')).toThrow(
      'p.c: expected an integer string, got "1.5"',
    );
  });

  it('names the path of a wrong nested value', () => {
    const value = { items: [{ ok: 'x' }, { ok: 3 }] };
    const read = () =>
      Reader.of(value, 'page').array('items', (v, p) => Reader.of(v, p).string('ok'));
    expect(read).toThrow(ParseError);
    expect(read).toThrow('page.items[1].ok: expected a string, got 3');
  });

  it('rejects a timestamp that is not one', () => {
    expect(() => Reader.of({ t: 'yesterday' }, '').timestamp('t')).toThrow(
      't: expected an RFC 3339 timestamp',
    );
  });

  it('requires non-empty required strings', () => {
    expect(() => Reader.of({ id: '' }, 'run').requiredString('id')).toThrow(
      'run.id: expected a non-empty string',
    );
  });
});

describe('the plain-object guard and value descriptions', () => {
  it('isRecord takes objects only: not null, arrays or scalars', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    for (const value of [null, undefined, [], [1], 'x', 1, true])
      expect(isRecord(value)).toBe(false);
  });

  it('describeValue names a value shortly for a message', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue('high')).toBe('"high"');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(2.5)).toBe('2.5');
    expect(describeValue(false)).toBe('false');
  });
});
