// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import { readdirSync } from 'node:fs';
import { localPlugin } from './scripts/lint/import-style.js';

/**
 * The one import style (README "Import style"), enforced by scripts/lint/import-style.js. Off until the
 * tree has been rewritten once by `npm run fix:imports` (a mass rewrite done after every branch is merged,
 * so that no branch carries it); then set to 'error'.
 */
const IMPORT_STYLE = 'error';

// Every folder under src/features is a feature: a new one is fenced in without editing this file.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Heavy or risky libraries, each behind one wrapper (STYLE.md habit 4); `allowed` names where it may be imported.
 * Keys are what `fence(…, allowed)` takes.
 */
const LIBRARY_FENCES = {
  oidc: { group: ['oidc-client-ts'], message: 'Only src/lib/auth imports oidc-client-ts.' },
  plotly: { group: ['plotly.js*'], message: 'plotly lives behind the lazy plot component only.' },
  elkjs: {
    group: ['elkjs', 'elkjs/**'],
    message: 'The layout engine lives in src/features/graph/model only.',
  },
};

/**
 * The whole `no-restricted-imports` rule for a zone: its own patterns plus every library fence but the ones
 * it may use. A later config block that sets the rule replaces an earlier one, so each block states the
 * complete list for its files: no block resets the fence.
 * @param {{ group: string[]; message: string }[]} patterns
 * @param {(keyof typeof LIBRARY_FENCES)[]} allowed
 */
const fence = (patterns, allowed = []) => ({
  'no-restricted-imports': /** @type {const} */ ([
    'error',
    {
      patterns: [
        ...patterns,
        ...Object.entries(LIBRARY_FENCES)
          .filter(([name]) => !allowed.some((allow) => allow === name))
          .map(([, pattern]) => pattern),
      ],
    },
  ]),
});

/** lib and components are domain-free. */
const DOMAIN_FREE = [
  {
    group: ['@/features/**', '@/app/**', '**/features/**', '**/app/**'],
    message: 'lib and components are domain-free: they import neither features nor app.',
  },
];

/** A feature never imports another feature; routes (src/app) compose them. */
const featurePatterns = (/** @type {string} */ feature) => [
  {
    group: features
      .filter((f) => f !== feature)
      .flatMap((f) => [`@/features/${f}`, `@/features/${f}/**`, `**/features/${f}/**`]),
    message: 'A feature never imports another feature; compose them in src/app/routes.',
  },
  { group: ['@/app', '@/app/**'], message: 'Features do not import the app layer.' },
];

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: fence(featurePatterns(feature)),
}));

/**
 * The emulator's layers, bottom first (README "Emulator layout"): a file imports only from its own layer
 * or those below. Errors and JSON live in `lib`, below the store; `http` (wire format, request parsing)
 * and `routes` sit on top of the state they serve; the app files compose; `testing` is for tests only.
 */
const EMULATOR_LAYERS = [
  ['lib'],
  ['auth', 'lists', 'contract'],
  ['store'],
  ['sim'],
  ['k8s', 'mlmd'],
  ['http'],
  ['routes'],
  ['kfp-api-app.ts', 'emulator-app.ts', 'options.ts'],
  ['seed', 'idp'],
  ['main.ts'],
].map((layer) => layer.map((name) => `./emulator/${name}`));

const emulatorZones = EMULATOR_LAYERS.map((layer, rank) => ({
  target: layer,
  from: [...EMULATOR_LAYERS.slice(rank + 1).flat(), './emulator/testing'],
  message: 'Emulator layers import downwards only (README "Emulator layout").',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      '.data',
      '.venv',
      // Generated from the official ML Metadata protos by scripts/gen-mlmd.ts.
      'src/lib/mlmd/gen',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Named exports only (config files excepted).',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, 'check-file': checkFile, local: localPlugin },
    settings: {
      // Files import-x reads to follow imports (its default is JavaScript only).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        createNodeResolver({
          alias: { '@': [new URL('./src', import.meta.url).pathname] },
          extensions: ['.ts', '.tsx', '.js', '.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'local/import-style': IMPORT_STYLE,
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,emulator,scripts,e2e}/**/': 'KEBAB_CASE' },
        // `__fixtures__`: typed fixture builders beside the model they feed (Dagster's habit, STYLE.md).
        { ignoreWords: ['__fixtures__'] },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts'],
    ignores: ['emulator/**/*.test.ts', 'emulator/testing/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: emulatorZones }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      // The KFP client is a stable dependency of every query function, never part of a query key.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['KfpClient'] } }],
      ...fence([]),
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: fence(DOMAIN_FREE),
  },
  { files: ['src/lib/auth/**/*.{ts,tsx}'], rules: fence(DOMAIN_FREE, ['oidc']) },
  ...featureBoundaries,
  {
    files: ['src/features/graph/model/**/*.{ts,tsx}'],
    rules: fence(featurePatterns('graph'), ['elkjs']),
  },
  {
    files: [
      'src/features/visualizations/components/plot*.{ts,tsx}',
      'src/features/visualizations/components/plot/**',
    ],
    rules: fence(featurePatterns('visualizations'), ['plotly']),
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The lint config and its local rules: plain ES modules that ESLint loads as they are.
    files: ['eslint.config.js', 'scripts/lint/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Plain scripts served as they are (the web-app tab page): no TypeScript project of their own.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },
);
