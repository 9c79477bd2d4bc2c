// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { readdirSync } from 'node:fs';

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
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Plain scripts served as they are (the web-app tab page): no TypeScript project of their own.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },
);
