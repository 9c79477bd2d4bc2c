import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './compile-hints.ts';

function bundle() {
  return {
    'assets/ui-abc.js': {
      type: 'chunk' as const,
      name: 'ui',
      fileName: 'assets/ui-abc.js',
      code: 'const a=1;\nexport{a};\n//# sourceMappingURL=ui-abc.js.map',
      map: { mappings: 'AAAA;AACA' },
    },
    'assets/ui-abc.js.map': {
      type: 'asset' as const,
      source: JSON.stringify({ version: 3, sources: ['ui.ts'], mappings: 'AAAA;AACA' }),
    },
    'assets/pages-def.js': {
      type: 'chunk' as const,
      name: 'pages',
      fileName: 'assets/pages-def.js',
      code: 'const b=2;',
      map: { mappings: 'AAAA' },
    },
  };
}

describe('addCompileHints', () => {
  it('puts the hint on the first line of the named chunks and moves their source maps down a line', () => {
    const out = bundle();
    addCompileHints(out, ['ui']);
    expect(out['assets/ui-abc.js'].code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(out['assets/ui-abc.js'].code.split('\n')[1]).toBe('const a=1;');
    expect(out['assets/ui-abc.js'].map.mappings).toBe(';AAAA;AACA');
    expect(JSON.parse(out['assets/ui-abc.js.map'].source)).toEqual({
      version: 3,
      sources: ['ui.ts'],
      mappings: ';AAAA;AACA',
    });
  });

  it('leaves other chunks alone and never adds the hint twice', () => {
    const out = bundle();
    addCompileHints(out, ['ui']);
    addCompileHints(out, ['ui']);
    expect(out['assets/pages-def.js'].code).toBe('const b=2;');
    expect(out['assets/ui-abc.js'].code.split(COMPILE_HINT)).toHaveLength(2);
    expect(out['assets/ui-abc.js'].map.mappings).toBe(';AAAA;AACA');
  });

  it('reads a source map given as bytes', () => {
    const out = {
      ...bundle(),
      'assets/ui-abc.js.map': {
        type: 'asset' as const,
        source: new TextEncoder().encode(JSON.stringify({ version: 3, mappings: 'AAAA' })),
      },
    };
    addCompileHints(out, ['ui']);
    expect(JSON.parse(String(out['assets/ui-abc.js.map'].source))).toEqual({
      version: 3,
      mappings: ';AAAA',
    });
  });
});
