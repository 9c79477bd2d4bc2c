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

/** A feature never imports another feature; routes (src/app) compose them. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features
              .filter((f) => f !== feature)
              .flatMap((f) => [`@/features/${f}`, `@/features/${f}/**`, `**/features/${f}/**`]),
            message: 'A feature never imports another feature; compose them in src/app/routes.',
          },
          { group: ['@/app', '@/app/**'], message: 'Features do not import the app layer.' },
          { group: ['oidc-client-ts'], message: 'Only src/lib/auth imports oidc-client-ts.' },
          { group: ['plotly.js*'], message: 'plotly lives behind the lazy plot component only.' },
        ],
      },
    ],
  },
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['oidc-client-ts'], message: 'Only src/lib/auth imports oidc-client-ts.' },
            { group: ['plotly.js*'], message: 'plotly lives behind the lazy plot component only.' },
            {
              group: ['elkjs', 'elkjs/**'],
              message: 'The layout engine lives in src/features/graph/model only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/**', '@/app/**', '**/features/**', '**/app/**'],
              message: 'lib and components are domain-free: they import neither features nor app.',
            },
            { group: ['plotly.js*'], message: 'plotly lives behind the lazy plot component only.' },
            {
              group: ['elkjs', 'elkjs/**'],
              message: 'The layout engine lives in src/features/graph/model only.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/lib/auth/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  ...featureBoundaries,
  { files: ['src/features/graph/model/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: [
      'src/features/visualizations/components/plot*.{ts,tsx}',
      'src/features/visualizations/components/plot/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
