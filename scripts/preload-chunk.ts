import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` (and their stylesheets) for the build's chunks named `chunkNames`
 * to index.html, so the browser fetches them beside the entry instead of when the entry asks for them
 * (src/app/start.ts imports the UI half of the app dynamically, to start the page's requests first;
 * the OIDC session is imported only in that auth mode). Build only; the dev server serves modules
 * unbundled.
 */
export function preloadChunkPlugin(...chunkNames: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const chunkName of chunkNames) {
          const chunk = Object.values(ctx.bundle ?? {}).find(
            (output) => output.type === 'chunk' && output.name === chunkName,
          );
          if (chunk?.type !== 'chunk') continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          });
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            tags.push({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${css}` },
              injectTo: 'head',
            });
        }
        return tags;
      },
    },
  };
}
