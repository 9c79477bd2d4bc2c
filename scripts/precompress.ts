import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text assets (source maps are left out: only devtools read them). */
const COMPRESSIBLE = /\.(js|css|svg|json|txt|wasm)$/;
/** Smaller files gain a few hundred bytes at most: nginx gzips them per request if they are text. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.gz` (gzip level 9) beside every compressible file of `dir` of at least MIN_BYTES whose
 * gzip is smaller, and returns the files written. Run once per build, so nginx sends the bytes as they
 * are (`gzip_static on`, deploy/nginx.conf) instead of compressing the 400 KB chunks on each request.
 */
export function precompressDir(dir: string): string[] {
  const written: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!COMPRESSIBLE.test(name) || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    if (bytes.length < MIN_BYTES) continue;
    const gzipped = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
    if (gzipped.length >= bytes.length) continue;
    writeFileSync(`${file}.gz`, gzipped);
    written.push(`${file}.gz`);
  }
  return written;
}

/**
 * Precompresses the build's hashed assets (`<outDir>/assets`, immutable: a file never changes under its
 * name). Not index.html or config.json: a deployment may replace those (config.json is a ConfigMap), and a
 * stale .gz beside them would be served instead; nginx gzips them per request. Build only.
 */
export function precompressPlugin(): Plugin {
  let assetsDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      precompressDir(assetsDir);
    },
  };
}
