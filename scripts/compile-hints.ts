import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome ≥ 136, https://v8.dev/blog/explicit-compile-hints): a file that
 * starts with this comment has all its functions compiled eagerly, on the background thread that
 * compiles the script while it streams in, instead of each one lazily on the main thread the first
 * time it runs. Other engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of a build's output this plugin reads and writes (Vite's OutputBundle fits). */
type BundleEntry =
  | {
      readonly type: 'chunk';
      readonly name: string;
      readonly fileName: string;
      code: string;
      readonly map: { mappings: string } | null;
    }
  | { readonly type: 'asset'; source: string | Uint8Array };

/**
 * Puts the compile hint at the top of the build's chunks named `chunkNames`: chunks whose code mostly
 * runs at start. The `ui` chunk (React, the router, the shell and the list pages) is the one: without
 * the hint a list page's first render compiled React's and the table's functions one by one on the
 * main thread as they were first called. Not for chunks much of which never runs on a page (that
 * would spend compile time and memory for nothing).
 *
 * It runs after Vite's own last touch of the code (its preload helper, in generateBundle) and after
 * minification, which would drop the comment; the source map moves down one line with the code.
 */
export function compileHintsPlugin(...chunkNames: readonly string[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle, chunkNames);
      },
    },
  };
}

export function addCompileHints(
  bundle: Record<string, BundleEntry>,
  chunkNames: readonly string[],
): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunkNames.includes(chunk.name)) continue;
    if (chunk.code.startsWith('#!') || chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    // One more line on top: a source map's lines are `;`-separated, so it gets an empty one first.
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapAsset = bundle[`${chunk.fileName}.map`];
    if (mapAsset?.type === 'asset')
      mapAsset.source = shiftMapOneLine(
        typeof mapAsset.source === 'string'
          ? mapAsset.source
          : new TextDecoder().decode(mapAsset.source),
      );
  }
}

/** The source map (JSON) of a file that got one line more on top. */
function shiftMapOneLine(json: string): string {
  const map: unknown = JSON.parse(json);
  if (typeof map !== 'object' || map === null || !('mappings' in map)) return json;
  const { mappings } = map;
  if (typeof mappings !== 'string') return json;
  return JSON.stringify({ ...map, mappings: `;${mappings}` });
}
