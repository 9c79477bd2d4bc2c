import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import tseslint from 'typescript-eslint';
import { localPlugin } from './lint/import-style.js';
import { projectRoot } from './shared-dir.ts';

/**
 * `npm run fix:imports`: rewrites every relative and `@/` import to the one import style (README
 * "Import style") with the very rule that lint enforces (scripts/lint/import-style.js), then formats the
 * files it changed. Re-runnable: a second run changes nothing. Parses without type information, so it
 * takes seconds rather than a full lint.
 */
const eslint = new ESLint({
  cwd: projectRoot,
  fix: true,
  overrideConfigFile: true,
  overrideConfig: [
    { ignores: ['src/lib/mlmd/gen/**'] },
    {
      files: ['{src,emulator,scripts,e2e}/**/*.{ts,tsx}', '*.ts'],
      languageOptions: { parser: tseslint.parser },
      // Only this rule runs: directives naming the others are neither unknown nor unused here.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { local: localPlugin },
      rules: { 'local/import-style': 'error' },
    },
  ],
});

const results = await eslint.lintFiles(['src', 'emulator', 'scripts', 'e2e', '*.ts']);
await ESLint.outputFixes(results);
const changed = results.filter((result) => result.output !== undefined).map((r) => r.filePath);
if (changed.length > 0) {
  execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', ...changed], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}
const left = results.flatMap((result) =>
  result.messages
    .filter((m) => m.ruleId === 'local/import-style' || m.fatal === true)
    .map((m) => `${result.filePath}:${m.line}:${m.column} ${m.message}`),
);
console.log(
  `fix:imports: rewrote ${changed.length} files; ${left.length} problems left to fix by hand`,
);
for (const line of left) console.log(`  ${line}`);
process.exitCode = left.length > 0 ? 1 : 0;
