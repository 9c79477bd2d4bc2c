import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { isJsonObject } from '../emulator/lib/json.ts';
import { projectRoot } from './shared-dir.ts';

/**
 * The lint rules of eslint.config.js, proved by linting small snippets as if they were a file of each
 * zone (a later block that sets `no-restricted-imports` replaces the earlier ones, so each zone's block
 * must still forbid everything but what that zone may use).
 */
const eslint = new ESLint({
  cwd: projectRoot,
  // The import-style rule may be off until `npm run fix:imports` has run over the tree; its test turns it on.
  overrideConfig: { rules: { 'local/import-style': 'error' } },
});

/** The rules that fire on each line of `lines`, linted as the file `file`. */
async function firing(file: string, lines: readonly string[]): Promise<Map<string, string[]>> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, {
    filePath: `${projectRoot}/${file}`,
  });
  const byLine = new Map<string, string[]>(lines.map((line) => [line, []]));
  for (const message of result?.messages ?? []) {
    const line = lines[message.line - 1];
    if (line !== undefined) byLine.get(line)?.push(message.ruleId ?? message.message);
  }
  return byLine;
}

const FENCE = 'no-restricted-imports';
const OIDC = "import { UserManager } from 'oidc-client-ts';";
const PLOTLY = "import Plotly from 'plotly.js-cartesian-dist-min';";
const ELK = "import ELK from 'elkjs/lib/elk.bundled.js';";
const RUNS = "import { runKeys } from '@/features/runs';";
const GRAPH = "import { buildGraph } from '@/features/graph';";
const APP = "import { router } from '@/app/router.tsx';";

/** Asserts which snippet lines the fence stops. */
async function expectFence(file: string, fenced: readonly string[], open: readonly string[]) {
  const rules = await firing(file, [...fenced, ...open]);
  for (const line of fenced) expect(rules.get(line), `${file}: ${line}`).toContain(FENCE);
  for (const line of open) expect(rules.get(line), `${file}: ${line}`).not.toContain(FENCE);
}

describe('the import fence', { timeout: 180_000 }, () => {
  it('keeps every library behind its wrapper in the app layer', async () => {
    await expectFence('src/app/routes/run-details.tsx', [OIDC, PLOTLY, ELK], [RUNS, GRAPH]);
  });

  it('lets graph/model import elkjs, and forbids the rest', async () => {
    await expectFence('src/features/graph/model/layout.ts', [OIDC, PLOTLY, RUNS, APP], [ELK]);
  });

  it('lets the plot files import plotly, and forbids the rest', async () => {
    await expectFence(
      'src/features/visualizations/components/plot/confusion-matrix-figure.ts',
      [OIDC, ELK, GRAPH, APP],
      [PLOTLY],
    );
  });

  it('lets lib/auth import oidc-client-ts and keeps it domain-free', async () => {
    await expectFence('src/lib/auth/oidc-session.ts', [PLOTLY, ELK, RUNS, APP], [OIDC]);
  });

  it('fences each feature from the others, the app and all three libraries', async () => {
    await expectFence(
      'src/features/runs/components/runs-table.tsx',
      [OIDC, PLOTLY, ELK, GRAPH, APP],
      [],
    );
  });

  it('keeps lib and components domain-free with every library fenced', async () => {
    for (const file of ['src/components/states/index.ts', 'src/lib/kfp/client.ts'])
      await expectFence(file, [OIDC, PLOTLY, ELK, RUNS, APP], []);
  });
});

describe('the structure rules', { timeout: 180_000 }, () => {
  it('finds an import cycle (import-x/no-cycle)', async () => {
    // layout.ts imports layout-edges.ts: importing it back closes a cycle.
    const back = "import { layoutGraph } from './layout.ts';";
    const rules = await firing('src/features/graph/model/layout-edges.ts', [
      back,
      'export const again = layoutGraph;',
    ]);
    expect(rules.get(back)).toContain('import-x/no-cycle');
  });

  it('keeps the emulator layers one way (import-x/no-restricted-paths)', async () => {
    const up = "import { createApp } from '../kfp-api-app.ts';";
    const down = "import { badRequest } from '../lib/errors.ts';";
    const rules = await firing('emulator/store/run-ops.ts', [
      up,
      down,
      'export const both = [createApp, badRequest];',
    ]);
    expect(rules.get(up)).toContain('import-x/no-restricted-paths');
    expect(rules.get(down)).not.toContain('import-x/no-restricted-paths');
  });

  it('asks for the extension and a barrel by its folder (local/import-style)', async () => {
    const bare = "import { runKeys } from './api/run-keys';";
    const named = "import { runQueries } from './api/run-queries.ts';";
    const barrel = "import { buildGraph } from '@/features/graph';";
    const own = "import { RunsTable } from '@/features/runs';";
    const rules = await firing('src/features/runs/model/run-detail.ts', [
      bare.replace('./api', '../api'),
      named.replace('./api', '../api'),
      barrel,
      own,
      'export const all = [runKeys, runQueries, buildGraph, RunsTable];',
    ]);
    expect(rules.get(bare.replace('./api', '../api'))).toContain('local/import-style');
    expect(rules.get(named.replace('./api', '../api'))).not.toContain('local/import-style');
    expect(rules.get(barrel)).not.toContain('local/import-style');
    expect(rules.get(own)).toContain('local/import-style');
  });

  it('names files in kebab case (check-file)', async () => {
    const config: unknown = await eslint.calculateConfigForFile(`${projectRoot}/src/lib/paths.ts`);
    const rules = isJsonObject(config) && isJsonObject(config.rules) ? config.rules : {};
    expect(rules['check-file/filename-naming-convention']).toEqual([
      2,
      { '**/*.{ts,tsx,js,css}': 'KEBAB_CASE' },
      { ignoreMiddleExtensions: true },
    ]);
    expect(rules['check-file/folder-naming-convention']).toEqual(
      expect.arrayContaining([2, expect.objectContaining({})]),
    );
  });
});
