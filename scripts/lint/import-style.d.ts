import type { ESLint } from 'eslint';

/** The local ESLint plugin of import-style.js (plain JavaScript: eslint.config.js loads it as it is). */
export declare const localPlugin: ESLint.Plugin;
