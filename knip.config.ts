import type { KnipConfig } from 'knip';

/**
 * Dead code is kept out by `npm run lint` (knip): no unused file, export or dependency in src, emulator,
 * scripts, e2e and the tests. Barrels (`index.ts`, `graph/canvas.ts`) are a module's public API: what they
 * re-export is not reported one name at a time (README "Import style").
 */
const config: KnipConfig = {
  // src/main.tsx (index.html) and emulator/main.ts (package.json) are found by knip's plugins.
  entry: [
    'scripts/*.ts',
    // Regenerates emulator/seed/pipelines (run by hand; pipelines.test.ts checks its output is current).
    'emulator/seed/build/write-pipelines.ts',
    'e2e/**/*.ts',
    '{src,emulator,scripts}/**/*.test.{ts,tsx}',
    '{src,emulator}/**/index.ts',
    'src/features/graph/canvas.ts',
  ],
  project: [
    'src/**/*.{ts,tsx}',
    'emulator/**/*.ts',
    'scripts/**/*.{ts,js}',
    'e2e/**/*.ts',
    '*.{ts,js}',
  ],
  // Generated code; the types of the plain-JavaScript lint rule (read by tsc, not imported by name).
  ignore: ['src/lib/mlmd/gen/**', 'scripts/lint/*.d.ts'],
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // scripts/gen-mlmd.ts runs them from node_modules/.bin.
    '@bufbuild/buf',
    '@bufbuild/protoc-gen-es',
  ],
  // e2e/nginx.ts drops root privileges with util-linux's setpriv when it runs as root.
  ignoreBinaries: ['setpriv'],
};

export default config;
