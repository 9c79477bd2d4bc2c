import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';

describe('precompressDir', () => {
  it('writes a .gz beside each compressible asset that gains from it, and only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = 'export const answer = "forty-two";\n'.repeat(100);
    writeFileSync(join(dir, 'ui-abc.js'), script);
    writeFileSync(join(dir, 'ui-abc.css'), '.row { color: red; }\n'.repeat(100));
    writeFileSync(join(dir, 'ui-abc.js.map'), script);
    writeFileSync(join(dir, 'tiny-abc.js'), 'export {};\n');
    // Random bytes do not shrink: no .gz, the file is sent as it is.
    writeFileSync(join(dir, 'noise-abc.js'), randomBytes(4096));
    mkdirSync(join(dir, 'nested.js'));

    const written = precompressDir(dir).map((file) => file.slice(dir.length + 1));

    expect(written.sort()).toEqual(['ui-abc.css.gz', 'ui-abc.js.gz']);
    expect(gunzipSync(readFileSync(join(dir, 'ui-abc.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(dir, 'ui-abc.js.map.gz'))).toBe(false);
    expect(existsSync(join(dir, 'noise-abc.js.gz'))).toBe(false);
  });
});
