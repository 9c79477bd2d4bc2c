import { describe, expect, it } from 'vitest';
import { decodePipelineText } from './upload-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodePipelineText', () => {
  it('decodes UTF-8 text, with or without a byte-order mark', () => {
    expect(decodePipelineText(new TextEncoder().encode('name: grüße\n'), 'p.yaml')).toEqual({
      ok: true,
      text: 'name: grüße\n',
    });
    expect(decodePipelineText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31), 'p.yaml')).toEqual({
      ok: true,
      text: 'a: 1',
    });
  });

  it('names well-known binary formats', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);
    expect(decodePipelineText(png, 'logo.yaml')).toEqual({
      ok: false,
      problem: {
        kind: 'binary',
        message: 'logo.yaml is a PNG image, not a text file. A pipeline file is YAML or JSON text.',
      },
    });
  });

  it('refuses NUL bytes and invalid UTF-8 as binary data', () => {
    expect(decodePipelineText(bytes(0x61, 0x00, 0x62), 'x.json')).toMatchObject({
      ok: false,
      problem: {
        kind: 'binary',
        message: 'x.json is binary data, not UTF-8 text. A pipeline file is YAML or JSON text.',
      },
    });
    // Latin-1 "ü" on its own is not UTF-8.
    expect(decodePipelineText(bytes(0x61, 0x3a, 0x20, 0xfc), 'latin1.yaml')).toMatchObject({
      ok: false,
      problem: { kind: 'binary' },
    });
  });

  it('refuses an empty or blank file', () => {
    expect(decodePipelineText(bytes(), 'e.yaml')).toEqual({
      ok: false,
      problem: { kind: 'empty', message: 'e.yaml is empty.' },
    });
    expect(decodePipelineText(new TextEncoder().encode('  \n\t\n'), 'e.yaml')).toMatchObject({
      ok: false,
      problem: { kind: 'empty' },
    });
  });
});
