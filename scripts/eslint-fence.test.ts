import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { isJsonObject } from '../emulator/lib/json.ts';
import { projectRoot } from './shared-dir.ts';

/**
 * The import fence of eslint.config.js (STYLE.md habits 1 and 4): a later block that sets
 * `no-restricted-imports` replaces the earlier ones, so each zone's block must still forbid everything but
 * what that zone may use. Reads the rule as ESLint computes it for a file of each zone.
 */
const eslint = new ESLint({ cwd: projectRoot });

/** Every import pattern the rule forbids in `file`. */
async function fencedGroups(file: string): Promise<string[]> {
  const config: unknown = await eslint.calculateConfigForFile(`${projectRoot}/${file}`);
  const rules = isJsonObject(config) && isJsonObject(config.rules) ? config.rules : {};
  const rule = rules['no-restricted-imports'];
  // `off` keeps the options of an earlier block: only a rule that is on fences anything.
  if (!Array.isArray(rule) || (rule[0] !== 2 && rule[0] !== 'error')) return [];
  const options: unknown = rule[1];
  const patterns: unknown[] =
    isJsonObject(options) && Array.isArray(options.patterns) ? options.patterns : [];
  return patterns.flatMap((pattern) =>
    isJsonObject(pattern) && Array.isArray(pattern.group)
      ? pattern.group.filter((g) => typeof g === 'string')
      : [],
  );
}

const OIDC = 'oidc-client-ts';
const PLOTLY = 'plotly.js*';
const ELK = 'elkjs';

describe('the import fence', { timeout: 60_000 }, () => {
  it('keeps every library behind its wrapper in the app layer', async () => {
    expect(await fencedGroups('src/app/routes/run-details.tsx')).toEqual(
      expect.arrayContaining([OIDC, PLOTLY, ELK]),
    );
  });

  it('lets graph/model import elkjs, and forbids the rest', async () => {
    const groups = await fencedGroups('src/features/graph/model/layout.ts');
    expect(groups).not.toContain(ELK);
    expect(groups).toEqual(expect.arrayContaining([OIDC, PLOTLY, '@/features/runs', '@/app/**']));
  });

  it('lets the plot files import plotly, and forbids the rest', async () => {
    const groups = await fencedGroups(
      'src/features/visualizations/components/plot/confusion-matrix-figure.ts',
    );
    expect(groups).not.toContain(PLOTLY);
    expect(groups).toEqual(expect.arrayContaining([OIDC, ELK, '@/features/graph', '@/app/**']));
  });

  it('lets lib/auth import oidc-client-ts and keeps it domain-free', async () => {
    const groups = await fencedGroups('src/lib/auth/auth-context.tsx');
    expect(groups).not.toContain(OIDC);
    expect(groups).toEqual(expect.arrayContaining([PLOTLY, ELK, '@/features/**', '@/app/**']));
  });

  it('fences each feature from the others, the app and all three libraries', async () => {
    const groups = await fencedGroups('src/features/runs/components/runs-table.tsx');
    expect(groups).toEqual(
      expect.arrayContaining([OIDC, PLOTLY, ELK, '@/features/graph', '@/app/**']),
    );
    expect(groups).not.toContain('@/features/runs');
  });

  it('keeps lib and components domain-free with every library fenced', async () => {
    for (const file of ['src/components/states/index.ts', 'src/lib/kfp/client.ts'])
      expect(await fencedGroups(file)).toEqual(
        expect.arrayContaining([OIDC, PLOTLY, ELK, '@/features/**', '@/app/**']),
      );
  });
});
