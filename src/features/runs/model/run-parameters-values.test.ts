import { describe, expect, it } from 'vitest';
import type { FieldType, ParameterField } from './run-parameters.ts';
import {
  defaultText,
  diffFromDefaults,
  parseParameter,
  parseParameters,
  textsFromJsonMap,
  textsFromValues,
  valueToText,
} from './run-parameters-values.ts';

function field(type: FieldType, extra: Partial<ParameterField> = {}): ParameterField {
  return {
    name: 'p',
    type,
    flavor: 'v2',
    description: '',
    defaultValue: undefined,
    hasDefault: false,
    optional: false,
    literals: undefined,
    ...extra,
  };
}

function errorOf(result: object): string | undefined {
  return 'error' in result && typeof result.error === 'string' ? result.error : undefined;
}

const ok = (value: unknown) => ({ ok: true, value, omit: false });

describe('parseParameter', () => {
  it('integers: whole numbers only', () => {
    const f = field('NUMBER_INTEGER');
    expect(parseParameter(f, ' 42 ')).toEqual(ok(42));
    expect(parseParameter(f, '-7')).toEqual(ok(-7));
    expect(errorOf(parseParameter(f, '4.5'))).toContain('whole number');
    expect(parseParameter(f, 'abc')).toMatchObject({ ok: false });
    expect(parseParameter(f, '1e3')).toMatchObject({ ok: false });
    expect(parseParameter(f, '99999999999999999999')).toMatchObject({
      ok: false,
      error: 'The number is too large',
    });
  });

  it('doubles: decimal and exponent notation, nothing else', () => {
    const f = field('NUMBER_DOUBLE');
    expect(parseParameter(f, '0.5')).toEqual(ok(0.5));
    expect(parseParameter(f, '.5')).toEqual(ok(0.5));
    expect(parseParameter(f, '3')).toEqual(ok(3));
    expect(parseParameter(f, '1e-3')).toEqual(ok(0.001));
    expect(parseParameter(f, '0x10')).toMatchObject({ ok: false });
    expect(parseParameter(f, 'Infinity')).toMatchObject({ ok: false });
    expect(errorOf(parseParameter(f, '1,5'))).toContain('number');
  });

  it('booleans: true or false', () => {
    const f = field('BOOLEAN');
    expect(parseParameter(f, 'true')).toEqual(ok(true));
    expect(parseParameter(f, 'false')).toEqual(ok(false));
    expect(parseParameter(f, 'yes')).toMatchObject({ ok: false, error: 'Choose true or false' });
  });

  it('lists and structs: JSON of the right shape', () => {
    expect(parseParameter(field('LIST'), '[1, "a", {"b": 2}]')).toEqual(ok([1, 'a', { b: 2 }]));
    expect(errorOf(parseParameter(field('LIST'), '{"a": 1}'))).toContain('JSON list');
    expect(errorOf(parseParameter(field('LIST'), '[1,'))).toContain('Not valid JSON');
    expect(parseParameter(field('STRUCT'), '{"a": [1]}')).toEqual(ok({ a: [1] }));
    expect(errorOf(parseParameter(field('STRUCT'), '[1]'))).toContain('JSON object');
    expect(parseParameter(field('STRUCT'), 'null')).toMatchObject({ ok: false });
    expect(errorOf(parseParameter(field('STRUCT'), "{'a': 1}"))).toContain('Not valid JSON');
  });

  it('strings are kept exactly, spaces included', () => {
    expect(parseParameter(field('STRING'), ' gs://bucket/x ')).toEqual(ok(' gs://bucket/x '));
    expect(parseParameter(field('STRING'), '')).toEqual(ok(''));
  });

  it('empty values: omitted when optional or defaulted, an error when required', () => {
    expect(parseParameter(field('NUMBER_INTEGER', { optional: true }), '  ')).toEqual({
      ok: true,
      value: undefined,
      omit: true,
    });
    expect(parseParameter(field('STRING', { optional: true }), '')).toEqual({
      ok: true,
      value: undefined,
      omit: true,
    });
    expect(parseParameter(field('LIST'), '')).toEqual({ ok: false, error: 'A value is required' });
  });

  it('literals restrict the value', () => {
    const f = field('STRING', { literals: ['fast', 'slow'] });
    expect(parseParameter(f, 'fast')).toEqual(ok('fast'));
    expect(parseParameter(f, 'medium')).toEqual({ ok: false, error: 'Choose one of fast, slow' });
    expect(parseParameter(field('NUMBER_INTEGER', { literals: [1, 2] }), '2')).toEqual(ok(2));
  });

  it('v1 (Argo) parameters stay strings even when they look numeric', () => {
    const f = field('STRING', { flavor: 'v1', optional: true });
    expect(parseParameter(f, '7')).toEqual(ok('7'));
    expect(parseParameter(f, '0.25')).toEqual(ok('0.25'));
    expect(parseParameter(f, '')).toEqual(ok(''));
  });

  it('typed v1 parameters: checked with the v2 messages, sent as their (trimmed) text', () => {
    const float = field('NUMBER_DOUBLE', { flavor: 'v1', typeName: 'Float' });
    const integer = field('NUMBER_INTEGER', { flavor: 'v1', typeName: 'Integer' });
    expect(parseParameter(float, 'abc')).toEqual(parseParameter(field('NUMBER_DOUBLE'), 'abc'));
    expect(errorOf(parseParameter(float, 'abc'))).toBe('Enter a number, e.g. 0.5');
    expect(parseParameter(float, ' 0.25 ')).toEqual(ok('0.25'));
    expect(parseParameter(float, '')).toEqual({ ok: false, error: 'A value is required' });
    expect(errorOf(parseParameter(integer, '2.5'))).toBe('Enter a whole number, e.g. 42');
    expect(parseParameter(integer, '7')).toEqual(ok('7'));
    const defaulted = field('NUMBER_INTEGER', { flavor: 'v1', optional: true, hasDefault: true });
    expect(parseParameter(defaulted, ' ')).toEqual({ ok: true, value: undefined, omit: true });
  });

  it('v1 booleans in any case (the SDK writes True/False), JSON of any shape', () => {
    const bool = field('BOOLEAN', { flavor: 'v1' });
    expect(parseParameter(bool, 'True')).toEqual(ok('True'));
    expect(parseParameter(bool, 'false')).toEqual(ok('false'));
    expect(errorOf(parseParameter(bool, 'yes'))).toBe('Choose true or false');
    expect(errorOf(parseParameter(field('BOOLEAN'), 'True'))).toBe('Choose true or false');
    const json = field('JSON', { flavor: 'v1' });
    expect(parseParameter(json, ' {"a": [1]} ')).toEqual(ok('{"a": [1]}'));
    expect(parseParameter(json, '3')).toEqual(ok('3'));
    expect(errorOf(parseParameter(json, '{a'))).toContain('Not valid JSON');
    const list = field('LIST', { flavor: 'v1' });
    expect(errorOf(parseParameter(list, '{}'))).toBe('Enter a JSON list, e.g. [1, 2, 3]');
  });

  it('v1 enum values are compared as written', () => {
    const f = field('NUMBER_INTEGER', { flavor: 'v1', literals: ['1', '2'] });
    expect(parseParameter(f, '2')).toEqual(ok('2'));
    expect(errorOf(parseParameter(f, '3'))).toBe('Choose one of 1, 2');
  });
});

describe('parseParameters', () => {
  const fields = [
    field('NUMBER_INTEGER', { name: 'epochs', defaultValue: 20, hasDefault: true, optional: true }),
    field('NUMBER_DOUBLE', { name: 'rate' }),
    field('LIST', { name: 'items', optional: true }),
  ];

  it('collects native values and leaves untouched defaults to the texts given', () => {
    expect(parseParameters(fields, { epochs: '5', rate: '0.1', items: '' })).toEqual({
      values: { epochs: 5, rate: 0.1 },
      errors: {},
    });
  });

  it('falls back to the default text for fields without text', () => {
    expect(parseParameters(fields, { rate: '1' }).values).toEqual({ epochs: 20, rate: 1 });
  });

  it('reports every invalid field by name', () => {
    const { errors } = parseParameters(fields, { epochs: 'x', rate: '', items: '[' });
    expect(Object.keys(errors)).toEqual(['epochs', 'rate', 'items']);
    expect(errors.epochs).toContain('whole number');
    expect(errors.rate).toBe('A value is required');
    expect(errors.items).toContain('Not valid JSON');
  });
});

describe('texts', () => {
  it('shows values: strings raw, the rest as JSON', () => {
    expect(valueToText('a b')).toBe('a b');
    expect(valueToText(3)).toBe('3');
    expect(valueToText([1, 2])).toBe('[1,2]');
    expect(valueToText(undefined)).toBe('');
    expect(defaultText(field('STRUCT', { defaultValue: { a: 1 }, hasDefault: true }))).toBe(
      '{"a":1}',
    );
  });

  it('fills fields from a pasted JSON map and names the unknown keys', () => {
    const fields = [field('NUMBER_INTEGER', { name: 'a' }), field('LIST', { name: 'b' })];
    expect(textsFromJsonMap(fields, '{"a": 3, "b": [1], "zzz": true}')).toEqual({
      ok: true,
      texts: { a: '3', b: '[1]' },
      unknown: ['zzz'],
    });
    expect(errorOf(textsFromJsonMap(fields, '[1]'))).toContain('JSON object');
    expect(errorOf(textsFromJsonMap(fields, '{a: 1}'))).toContain('Not valid JSON');
  });

  it('fills fields from a run (clone), defaults for the rest', () => {
    const fields = [
      field('NUMBER_INTEGER', { name: 'a', defaultValue: 1, hasDefault: true }),
      field('STRING', { name: 'b', defaultValue: 'x', hasDefault: true }),
    ];
    expect(textsFromValues(fields, { a: 9, gone: 1 })).toEqual({ a: '9', b: 'x' });
  });
});

describe('diffFromDefaults', () => {
  it('lists what differs from the defaults, comparing typed values by meaning', () => {
    const fields = [
      field('NUMBER_DOUBLE', { name: 'rate', defaultValue: 0.5, hasDefault: true }),
      field('LIST', { name: 'list', defaultValue: [1, 2], hasDefault: true }),
      field('STRING', { name: 'a', flavor: 'v1', defaultValue: '3', hasDefault: true }),
      field('STRING', { name: 'b', flavor: 'v1', defaultValue: '4', hasDefault: true }),
    ];
    expect(diffFromDefaults(fields, { rate: '0.50', list: '[1, 2]', a: '3', b: '10' })).toEqual([
      { name: 'b', defaultText: '4', text: '10' },
    ]);
    const typed = [
      field('NUMBER_DOUBLE', { name: 'x', flavor: 'v1', defaultValue: '3', hasDefault: true }),
    ];
    expect(diffFromDefaults(typed, { x: '3.0' })).toEqual([]);
    expect(diffFromDefaults(typed, { x: '4' })).toEqual([
      { name: 'x', defaultText: '3', text: '4' },
    ]);
    expect(diffFromDefaults(fields, { rate: '0.7', list: '[2]', a: '3', b: '4' })).toEqual([
      { name: 'rate', defaultText: '0.5', text: '0.7' },
      { name: 'list', defaultText: '[1,2]', text: '[2]' },
    ]);
  });
});
