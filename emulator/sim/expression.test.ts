import { describe, expect, it } from 'vitest';
import { ExpressionEvalError, ExpressionSyntaxError, parseCondition } from './expression.ts';
import type { JsonValue } from '../lib/json.ts';

const params: Record<string, JsonValue> = {
  'pipelinechannel--flip-coin-Output': 'heads',
  'pipelinechannel--random-num-Output': 7,
  'pipelinechannel--text-num': '12',
  'pipelinechannel--flag': true,
  'pipelinechannel--item': { a: '1' },
};
const cel = (text: string) =>
  parseCondition(text, 'cel').evaluate((name) =>
    name === 'inputs' ? { parameter_values: params } : undefined,
  );
const argo = (text: string) => parseCondition(text, 'argo').evaluate(() => undefined);

describe('conditions (CEL subset, as the KFP compiler emits them)', () => {
  it.each([
    ["inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads'", true],
    ["inputs.parameter_values['pipelinechannel--flip-coin-Output'] != 'heads'", false],
    ["!(inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads')", false],
    ["int(inputs.parameter_values['pipelinechannel--random-num-Output']) > 5", true],
    ["int(inputs.parameter_values['pipelinechannel--random-num-Output']) <= 5", false],
    [
      "int(inputs.parameter_values['pipelinechannel--text-num']) >= 12 && double(inputs.parameter_values['pipelinechannel--text-num']) < 12.5",
      true,
    ],
    [
      "!(int(inputs.parameter_values['pipelinechannel--random-num-Output']) < 5) && !(int(inputs.parameter_values['pipelinechannel--random-num-Output']) > 5)",
      false,
    ],
    ["inputs.parameter_values['pipelinechannel--flag'] == true || false", true],
    ["inputs.parameter_values['pipelinechannel--item']['a'] == '1'", true],
    ["inputs.parameter_values['pipelinechannel--text-num'] == 12", true],
    ['-1 < 0', true],
  ])('%s → %s', (text, expected) => {
    expect(cel(text)).toBe(expected);
  });

  it('rejects what it cannot parse', () => {
    for (const text of [
      "inputs.parameter_values['x'] == == 'y'",
      "inputs.parameter_values['x'",
      "'unterminated",
      'foo(1)',
      '',
    ]) {
      expect(() => parseCondition(text, 'cel'), text).toThrow(ExpressionSyntaxError);
    }
  });

  it('reports values that do not fit', () => {
    expect(() =>
      cel("int(inputs.parameter_values['pipelinechannel--flip-coin-Output']) > 1"),
    ).toThrow(ExpressionEvalError);
    expect(() => cel("inputs.parameter_values['missing'] == 'a'")).toThrow(ExpressionEvalError);
    expect(() => cel('unknown == 1')).toThrow(ExpressionEvalError);
  });
});

describe('Argo when (govaluate subset after substitution)', () => {
  it.each([
    ['"heads" == "heads"', true],
    ['"tails" == "heads"', false],
    ['5 > 3', true],
    ['10 < 9', false],
    ['tails == heads', false],
    ['heads == heads && 2 >= 2', true],
    ["'a' != 'b'", true],
    ['my-value == my-value', true],
  ])('%s → %s', (text, expected) => {
    expect(argo(text)).toBe(expected);
  });
});
