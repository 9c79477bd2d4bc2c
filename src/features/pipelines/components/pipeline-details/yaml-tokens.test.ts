import { describe, expect, it } from 'vitest';
import { tokenizeYaml, type YamlToken } from './yaml-tokens.ts';

function kinds(tokens: readonly YamlToken[] | undefined): string[] {
  return (tokens ?? [])
    .filter((token) => token.text.trim() !== '')
    .map((token) => `${token.kind}:${token.text}`);
}

describe('tokenizeYaml', () => {
  it('marks keys, strings, numbers, literals and comments', () => {
    const lines = tokenizeYaml(
      [
        '# PIPELINE DEFINITION',
        'name: add # the name',
        'count: 42',
        'rate: -0.5e3',
        'on: true',
        "msg: 'it''s'",
        'url: "a#b"',
      ].join('\n'),
    );
    expect(kinds(lines[0])).toEqual(['comment:# PIPELINE DEFINITION']);
    expect(kinds(lines[1])).toEqual(['key:name', 'punct::', 'string:add', 'comment:# the name']);
    expect(kinds(lines[2])).toEqual(['key:count', 'punct::', 'number:42']);
    expect(kinds(lines[3])).toEqual(['key:rate', 'punct::', 'number:-0.5e3']);
    expect(kinds(lines[4])).toEqual(['key:on', 'punct::', 'literal:true']);
    expect(kinds(lines[5])).toEqual(['key:msg', 'punct::', "string:'it''s'"]);
    expect(kinds(lines[6])).toEqual(['key:url', 'punct::', 'string:"a#b"']);
  });

  it('reads list items, keys inside them and block scalars', () => {
    const text = [
      'args:',
      '- --x',
      '- name: a',
      '  value: 1',
      'script: |',
      '  echo "# not a comment"',
      '  exit 1',
      'next: x',
    ].join('\n');
    const lines = tokenizeYaml(text);
    expect(kinds(lines[1])).toEqual(['punct:- ', 'string:--x']);
    expect(kinds(lines[2])).toEqual(['punct:- ', 'key:name', 'punct::', 'string:a']);
    expect(kinds(lines[3])).toEqual(['key:value', 'punct::', 'number:1']);
    expect(kinds(lines[4])).toEqual(['key:script', 'punct::', 'punct:|']);
    expect(kinds(lines[5])).toEqual(['string:  echo "# not a comment"']);
    expect(kinds(lines[6])).toEqual(['string:  exit 1']);
    expect(kinds(lines[7])).toEqual(['key:next', 'punct::', 'string:x']);
  });

  it('keeps every character of the text', () => {
    const text = 'a: {b: 1}\n  - [1, 2]\n\n"quoted key": v\nurl: http://x:80/y\n';
    expect(
      tokenizeYaml(text)
        .map((line) => line.map((token) => token.text).join(''))
        .join('\n'),
    ).toBe(text);
  });
});
