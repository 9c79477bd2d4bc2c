import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSizes {
  readonly js: number;
  readonly css: number;
  readonly files: readonly string[];
}

/** The build measured: dist/, or the one `--dist DIR` names (BENCH_DIST). */
const distDir = () => process.env.BENCH_DIST ?? join(import.meta.dirname, '..', '..', 'dist');

/** gzip size of a built file, by its URL path (`/assets/x.js`). */
export function gzipSize(urlPath: string): number {
  return gzipSync(readFileSync(join(distDir(), urlPath))).length;
}

export function sizesOf(urlPaths: Iterable<string>): AssetSizes {
  let js = 0;
  let css = 0;
  const files: string[] = [];
  for (const path of new Set(urlPaths)) {
    if (path.endsWith('.js')) js += gzipSize(path);
    else if (path.endsWith('.css')) css += gzipSize(path);
    else continue;
    files.push(path);
  }
  return { js, css, files };
}

/**
 * Built chunks that hold a heavy library, found by content so renamed chunks are still caught:
 * plotly (only when a chart is shown), elkjs (only when a graph is laid out) and the ML Metadata
 * client (protobuf + connect + generated code; only for v2 runs of released KFP and the
 * artifacts/executions pages).
 */
export function heavyChunks(): { plotly: string[]; elk: string[]; mlmd: string[] } {
  const assets = join(distDir(), 'assets');
  const plotly: string[] = [];
  const elk: string[] = [];
  const mlmd: string[] = [];
  for (const name of readdirSync(assets)) {
    if (!name.endsWith('.js')) continue;
    const file = join(assets, name);
    if (statSync(file).size < 100_000) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes('plotly.js') || text.includes('Plotly')) plotly.push(`/assets/${name}`);
    if (text.includes('org.eclipse.elk')) elk.push(`/assets/${name}`);
    if (text.includes('application/grpc-web')) mlmd.push(`/assets/${name}`);
  }
  return { plotly, elk, mlmd };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
