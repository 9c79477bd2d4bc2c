import { describe, expect, it } from 'vitest';
import { buildViewer } from './build-viewers.ts';
import { parseCsv } from './csv.ts';
import { inMemoryReader } from './in-memory-reader.ts';
import { loadUiMetadataViewers } from './load-viewers.ts';
import type { OutputSource } from './output-source.ts';
import { parseUiMetadata, parseUiMetadataText } from './parse-ui-metadata.ts';

const XSS = '<img src=x onerror="alert(1)">';
const SCRIPT = '<script>alert(document.cookie)</script>';

function sourceOf(output: Record<string, unknown>): OutputSource {
  const result = parseUiMetadata({ outputs: [output] });
  const parsed = result.ok ? result.outputs[0] : undefined;
  if (parsed?.status !== 'ok') throw new Error(`not a valid output: ${JSON.stringify(parsed)}`);
  return parsed.source;
}

describe('hostile content is kept as plain text in the config', () => {
  it('table cells and header with HTML', () => {
    const source = sourceOf({
      type: 'table',
      storage: 'inline',
      source: `"${XSS.replace(/"/g, '""')}",${SCRIPT}`,
      header: [SCRIPT, 'b'],
    });
    expect(buildViewer(source)).toEqual({
      type: 'table',
      header: [SCRIPT, 'b'],
      rows: [[XSS, SCRIPT]],
      truncated: false,
    });
  });

  it('confusion-matrix labels with HTML and prototype names', () => {
    const labels = [XSS, '__proto__', 'constructor'];
    const csv = labels
      .flatMap((t) => labels.map((p) => `"${t.replace(/"/g, '""')}","${p.replace(/"/g, '""')}",1`))
      .join('\n');
    const source = sourceOf({
      type: 'confusion_matrix',
      storage: 'inline',
      source: csv,
      schema: [{ name: 'target' }, { name: 'predicted' }, { name: 'count' }],
      labels,
    });
    expect(buildViewer(source)).toEqual({
      type: 'confusion-matrix',
      labels,
      matrix: [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      axes: ['target', 'predicted'],
    });
  });

  it('markdown and web-app with scripts stay as given (the viewers sandbox or strip them)', () => {
    expect(buildViewer(sourceOf({ type: 'markdown', storage: 'inline', source: SCRIPT }))).toEqual({
      type: 'markdown',
      markdown: SCRIPT,
    });
    expect(buildViewer(sourceOf({ type: 'web-app', storage: 'inline', source: SCRIPT }))).toEqual({
      type: 'web-app',
      html: SCRIPT,
    });
  });

  it('HTML in messages is quoted text, never markup the model builds', () => {
    const source = sourceOf({ type: 'table', storage: 'inline', source: 'a', header: ['x', 'y'] });
    const config = buildViewer(source);
    expect(config.type === 'error' && config.message).toBe('table: row 1 has 1 cell, header has 2');
    expect(parseUiMetadata({ outputs: [{ type: XSS }] })).toEqual({
      ok: true,
      outputs: [{ status: 'skipped', type: XSS, reason: `unknown output type "${XSS}"` }],
    });
  });
});

describe('hostile JSON', () => {
  it('a 20 MB metadata file is refused before parsing', () => {
    const result = parseUiMetadataText(
      `{"outputs": [{"type": "markdown", "storage": "inline", "source": "${'a'.repeat(20 * 1024 * 1024)}"}]}`,
    );
    expect(!result.ok && result.error.message).toBe('ui metadata: 20 MB is over the 16 MB limit');
  });

  it('deep nesting inside one output is refused for the whole file', () => {
    const deep = `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`;
    const result = parseUiMetadataText(
      `{"outputs": [{"type": "tensorboard", "source": "gs://b/l", "pod_template_spec": ${deep}}]}`,
    );
    expect(!result.ok && result.error.message).toBe('ui metadata: nested deeper than 64 levels');
  });

  it('an own "__proto__" key does not pollute anything', () => {
    const result = parseUiMetadataText(
      '{"outputs": [{"type": "markdown", "storage": "inline", "source": "x", "__proto__": {"type": "web-app"}}], "__proto__": {"polluted": true}}',
    );
    expect(result.ok && result.outputs).toEqual([
      { status: 'ok', source: { type: 'markdown', content: { storage: 'inline', text: 'x' } } },
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('wrong types everywhere give messages, not exceptions', () => {
    const values: unknown[] = [1, 'x', true, null, [], [[]], { outputs: [null, 1, [], {}] }];
    for (const value of values) {
      expect(() => parseUiMetadata(value)).not.toThrow();
    }
  });
});

describe('wrong CSV shapes', () => {
  it('an unbalanced quote swallows the rest as one cell; the shape error names the row', () => {
    const source = sourceOf({
      type: 'table',
      storage: 'inline',
      source: 'a,b\n"c,d\ne,f\n',
      header: ['x', 'y'],
    });
    expect(buildViewer(source)).toMatchObject({
      type: 'error',
      message: 'table: row 2 has 1 cell, header has 2',
    });
  });

  it('binary garbage is text to the table, not a crash', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
    expect(() => parseCsv(garbage, { maxRows: 10 })).not.toThrow();
  });

  it('a byte-order mark and CRLF line ends are handled', () => {
    const source = sourceOf({
      type: 'roc',
      storage: 'inline',
      source: '0,0,1\r\n1,1,0\r\n',
      schema: [{ name: 'fpr' }, { name: 'tpr' }, { name: 'threshold' }],
    });
    expect(buildViewer(source)).toMatchObject({ type: 'roc', curves: [{ auc: 0.5 }] });
    expect(parseCsv('\uFEFFa,b\r\n', { maxRows: 5 }).rows).toEqual([['\uFEFFa', 'b']]);
  });

  it('one 2 MB line without a newline is parsed once, not re-scanned per chunk', () => {
    const wide = Array.from({ length: 200_000 }, (_, i) => String(i)).join(',');
    const result = parseCsv(wide, { maxRows: 5, chunkChars: 1024 });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toHaveLength(200_000);
  });

  it('a cell-bomb of a million empty rows stops at the row cap', async () => {
    const reader = inMemoryReader({ 'gs://b/t.csv': 'x\n'.repeat(1_000_000) });
    const text = JSON.stringify({
      outputs: [{ type: 'table', source: 'gs://b/t.csv', header: ['x'] }],
    });
    const [config] = (await loadUiMetadataViewers(text, { read: reader.read, mode: 'full' }))
      .configs;
    expect(config?.type === 'table' && config.rows.length).toBe(100_000);
    expect(config?.type === 'table' && config.truncated).toBe(true);
  });
});
