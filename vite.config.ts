import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompressPlugin } from './scripts/precompress.ts';
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
 * Few chunks, none tiny (DESIGN.md §6), and no heavy code where it is not used. A group takes the
 * modules its `test` matches and everything they import that no group of higher priority took:
 * - `app`: the entry (start-up and data layer; no React); `oidc`: the OIDC session, for that mode.
 * - `ui`: React, the router, the shell (boot.tsx) and the three list pages, the usual landing pages,
 *   with all they need to paint their rows; index.html modulepreloads it (scripts/preload-chunk.ts),
 *   so a list page loads three JS files, all requested by the HTML.
 * - `pages`: the shared components and UI kit, the other light pages and the features they use, and
 *   the lazy parts of the list pages (dialogs, popovers).
 * - `graph` (React Flow, the graph model, yaml), `viewers` (the visualization cards, markdown) and
 *   `run` (the run page: logs, pods, its panels): only the pages that draw them load them. The
 *   pipeline and upload pages keep a chunk of their own (their parts of the pipelines feature).
 * Lazy on purpose, left out of every group: plotly (the plot component), elkjs (its worker and the
 * main-thread fallback), the ML Metadata client (`src/lib/mlmd` but its loader and run views).
 */
const sep = String.raw`[\\/]`;
const within = (...parts: string[]) => new RegExp(parts.join(sep));
const lazyHeavy = [
  within('features', 'visualizations', 'components', 'plot', ''),
  within('src', 'lib', 'mlmd', '(?!load\\.ts$|run-views\\.ts$)'),
  within('node_modules', '(plotly|elkjs|@connectrpc|@bufbuild)'),
];
const light = (pattern: RegExp) => (id: string) =>
  pattern.test(id) && !lazyHeavy.some((heavy) => heavy.test(id));
/** Code of the pages with chunks of their own (and their libraries: yaml, fflate, virtual lists). */
const ownChunks = [
  within(
    'src',
    'app',
    'routes',
    '(run-details|compare|pipeline-details|pipelines-upload|artifact-details|shared)',
  ),
  within('src', 'features', '(graph|visualizations|logs)', ''),
  // The runs barrel re-exports the run page's parts: only the run page imports it.
  within('src', 'features', 'runs', '(index\\.ts$|components[\\/]run-details[\\/])'),
  within(
    'src',
    'features',
    'pipelines',
    '(components[\\/](pipeline-details|upload)[\\/]|model[\\/](pipeline-detail|upload-)|api[\\/]upload-)',
  ),
  within('src', 'lib', 'kfp', 'upload'),
];
const chunkGroups = [
  // The OIDC session and its library, loaded (and modulepreloaded) beside the entry (create-session.ts).
  {
    name: 'oidc',
    test: within(
      '(node_modules[\\/](oidc-client-ts|jwt-decode)|src[\\/]lib[\\/]auth[\\/]oidc-session)',
    ),
    priority: 5.5,
  },
  { name: 'app', tags: ['$initial' as const], priority: 6 },
  {
    name: 'ui',
    test: within(
      'src',
      'app',
      '(boot|routes[\\/](runs|pipelines|experiments)-list|routes[\\/](auth-callback|not-found))\\.tsx$',
    ),
    priority: 5,
  },
  {
    name: 'pages',
    test: (id: string) =>
      // The pod tabs' namespace constant is shared with the viewer cards (routes/shared).
      /node-pod-tabs\.tsx$/.test(id) ||
      (light(
        within(
          '(src[\\/](app[\\/](routes|errors|layout)|features|components|lib)|node_modules[\\/](lucide-react|@radix-ui|@floating-ui))',
          '',
        ),
      )(id) &&
        !ownChunks.some((own) => own.test(id))),
    priority: 4,
  },
  {
    name: 'graph',
    test: light(within('(src[\\/]features[\\/]graph|node_modules[\\/](@xyflow|yaml))', '')),
    priority: 3,
  },
  {
    name: 'viewers',
    test: light(within('src', '(features[\\/]visualizations|app[\\/]routes[\\/]shared)', '')),
    priority: 3,
  },
  {
    name: 'run',
    test: light(
      within(
        'src',
        '(app[\\/]routes[\\/]run-details|features[\\/](logs|pods|runs[\\/]components[\\/]run-details))',
      ),
    ),
    priority: 2,
  },
];

export default defineConfig({
  plugins: [
    react(),
    securityHeadersPlugin(),
    preloadChunkPlugin('ui', 'oidc'),
    precompressPlugin(),
  ],
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
