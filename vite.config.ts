import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { preloadChunkPlugin } from './scripts/preload-chunk.ts';
import { securityHeadersPlugin } from './scripts/security-headers.ts';

// The emulator stands where a Kubeflow gateway serves KFP: under /pipeline, with the
// central dashboard's /api/workgroup beside it. A real deployment serves the same paths.
const emulator = process.env.KFP_EMULATOR_URL ?? 'http://127.0.0.1:8888';
const proxy = {
  // A regex key: a plain '/pipeline' prefix would also swallow the app's own /pipelines routes.
  '^/pipeline/': {
    target: emulator,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/pipeline/, ''),
  },
  '/api/workgroup': { target: emulator, changeOrigin: true },
  // ML Metadata over gRPC-web at the gateway root beside /pipeline, where the gateway serves it
  // (VirtualService metadata-grpc, prefix /ml_metadata; src/lib/mlmd/client.ts).
  '/ml_metadata': { target: emulator, changeOrigin: true },
};

/**
 * Few chunks, none tiny (DESIGN.md §6): everything the entry needs statically is one chunk, the three
 * list pages (the usual landing pages) and what they need beyond it another, so a list page loads two
 * files (both requested at once: the boot asks for the page's code first thing, with its modulepreloads).
 * Other pages keep their own chunks; heavy libraries (plotly, elk, the ML Metadata client) stay lazy.
 */
const listRoutes = /[\\/]src[\\/]app[\\/]routes[\\/](runs|pipelines|experiments)-list\.tsx$/;
const uiRoot = /[\\/]src[\\/]app[\\/]boot\.tsx$/;
const chunkGroups = [
  { name: 'app', tags: ['$initial' as const], priority: 3 },
  { name: 'ui', test: uiRoot, priority: 2 },
  { name: 'lists', test: listRoutes, priority: 1 },
];

export default defineConfig({
  plugins: [react(), securityHeadersPlugin(), preloadChunkPlugin('ui')],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
