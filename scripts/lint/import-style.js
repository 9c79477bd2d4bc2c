// @ts-check
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * One import style (README "Import style"): a relative or `@/` specifier names a file with its extension
 * (`./run-keys.ts`, `@/lib/kfp/client.ts`), so the reader, Vite, tsx and Node's own type stripping all
 * find the same file. The one folder import is a barrel under src, named by its folder
 * (`@/features/runs`, `@/components/states`): the folder is the module's public name. A barrel is never
 * imported from inside its own folder but by a test (the barrel re-exports that file: a cycle), and Node code
 * (emulator, scripts, e2e) names `…/index.ts` because Node's ESM has no folder imports.
 * Autofixed (`npm run fix:imports` runs exactly this rule with --fix over the tree).
 */

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
const srcDir = join(root, 'src');
const CODE = ['.ts', '.tsx'];
const INDEX = ['index.ts', 'index.tsx'];

/** @param {string} path */
const isFile = (path) => existsSync(path) && statSync(path).isFile();
/** @param {string} path */
const isDir = (path) => existsSync(path) && statSync(path).isDirectory();

/** @param {string} specifier */
const isLocal = (specifier) =>
  specifier.startsWith('./') ||
  specifier.startsWith('../') ||
  specifier === '.' ||
  specifier === '..' ||
  specifier.startsWith('@/');

/**
 * @param {string} file the importing file
 * @param {string} specifier without a `?query`
 */
const targetOf = (file, specifier) =>
  specifier.startsWith('@/') ? join(srcDir, specifier.slice(2)) : resolve(dirname(file), specifier);

/** A test may import its own folder's barrel: it tests the public API, and nothing imports a test. */
const isTest = (/** @type {string} */ file) => /\.test\.tsx?$/.test(file);

/** @param {string} dir @param {string} file */
const inside = (dir, file) => file.startsWith(dir + sep);

/**
 * What is wrong with one specifier, and the specifier that fixes it.
 * @param {string} file
 * @param {string} full
 * @returns {{ messageId: 'extension' | 'ownBarrel' | 'barrelFolder' | 'barrelFile'; fixed?: string } | undefined}
 */
function checkSpecifier(file, full) {
  if (!isLocal(full)) return undefined;
  const query = full.indexOf('?');
  const specifier = query < 0 ? full : full.slice(0, query);
  const suffix = query < 0 ? '' : full.slice(query);
  const target = targetOf(file, specifier);
  const inSrc = inside(srcDir, file);
  if (isFile(target)) {
    const base = target.slice(target.lastIndexOf(sep) + 1);
    if (!INDEX.includes(base)) return undefined;
    const folder = dirname(target);
    if (inside(folder, file) && !isTest(file)) return { messageId: 'ownBarrel' };
    if (!inSrc) return undefined;
    return { messageId: 'barrelFolder', fixed: specifier.slice(0, -base.length - 1) + suffix };
  }
  const ext = CODE.find((e) => isFile(target + e));
  if (ext) return { messageId: 'extension', fixed: specifier + ext + suffix };
  if (!isDir(target)) return undefined;
  const index = INDEX.find((i) => isFile(join(target, i)));
  if (!index) return undefined;
  if (inside(target, file) && !isTest(file)) return { messageId: 'ownBarrel' };
  if (inSrc) return undefined;
  return {
    messageId: 'barrelFile',
    fixed: `${specifier.replace(/\/$/, '')}/${index}${suffix}`,
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const importStyle = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: {
      description: 'Relative and @/ imports name a file with its extension, or a src barrel.',
    },
    messages: {
      extension: 'Name the file with its extension (README "Import style"; npm run fix:imports).',
      ownBarrel: 'Import the file, not the barrel of your own folder (the barrel re-exports you).',
      barrelFolder: 'Import a src barrel by its folder (README "Import style").',
      barrelFile: 'Node code names the barrel file: Node ESM has no folder imports.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    /** @param {{ type: string; value?: unknown; raw?: string } | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const problem = checkSpecifier(file, node.value);
      if (!problem) return;
      const { fixed } = problem;
      const raw = node.raw ?? `'${node.value}'`;
      const quote = raw.startsWith('"') ? '"' : "'";
      context.report({
        node,
        messageId: problem.messageId,
        ...(fixed === undefined
          ? {}
          : { fix: (fixer) => fixer.replaceText(node, `${quote}${fixed}${quote}`) }),
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        // vi.mock('…') / vi.importActual('…') name modules the same way.
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'vi' &&
          callee.property.type === 'Identifier' &&
          ['mock', 'doMock', 'unmock', 'importActual', 'importMock'].includes(callee.property.name)
        )
          check(node.arguments[0]);
      },
    };
  },
};

export const localPlugin = { rules: { 'import-style': importStyle } };
