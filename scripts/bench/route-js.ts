import type { Browser } from '@playwright/test';
import { gzipSize, heavyChunks, kb } from './assets.ts';
import { runIdByName } from './run-graph.ts';
import { APP_URL, signedInContext } from './session.ts';

/**
 * The JS each page loads on a cold first visit (until the network is idle, nothing clicked): how many
 * files, their gzip bytes and whether any heavy chunk came (plotly, elk, the ML Metadata client).
 * "Few chunks, none tiny" (issue 13) and "no MLMD bytes on list pages" (issue 12) are read here.
 */
export interface RouteJs {
  readonly route: string;
  readonly files: readonly string[];
  readonly gzip: number;
  readonly heavy: readonly string[];
}

export async function measureRouteJs(browser: Browser, storedUser: string): Promise<RouteJs[]> {
  const [v1Run, v2Run] = await Promise.all([
    runIdByName('Wide fan-out v1 (300 tasks)', storedUser),
    runIdByName('Wide fan-out (300 tasks)', storedUser),
  ]);
  const routes = [
    ['runs list', '/runs'],
    ['pipelines list', '/pipelines'],
    ['experiments list', '/experiments'],
    ['recurring runs list', '/recurring-runs'],
    ['run page (300 tasks, v1)', `/runs/${v1Run}`],
    ['run page (300 tasks, v2)', `/runs/${v2Run}`],
    ['compare (2 runs)', `/compare?runs=${v1Run},${v2Run}`],
    ['new run form', '/runs/new'],
    ['artifacts list', '/artifacts'],
  ] as const;
  const heavy = heavyChunks();
  const heavyOf = (path: string) =>
    [
      heavy.plotly.includes(path) ? 'plotly' : '',
      heavy.elk.includes(path) ? 'elk' : '',
      heavy.mlmd.includes(path) ? 'MLMD' : '',
    ].filter((name) => name !== '');
  const figures: RouteJs[] = [];
  for (const [route, path] of routes) {
    const context = await signedInContext(browser, storedUser);
    try {
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (request) => {
        const { origin, pathname } = new URL(request.url());
        if (origin === APP_URL && pathname.startsWith('/assets/') && pathname.endsWith('.js'))
          files.push(pathname);
      });
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${APP_URL}${path}${separator}ns=kubeflow-alice`);
      await page.waitForLoadState('networkidle');
      const unique = [...new Set(files)];
      figures.push({
        route,
        files: unique,
        gzip: unique.reduce((sum, file) => sum + gzipSize(file), 0),
        heavy: unique.flatMap(heavyOf),
      });
    } finally {
      await context.close();
    }
  }
  return figures;
}

export function reportRouteJs(figures: readonly RouteJs[]): string[] {
  return [
    'JS per route, cold first visit until the network is idle (files, gzip; heavy chunks loaded):',
    ...figures.map(
      (f) =>
        `  ${f.route.padEnd(26)} ${String(f.files.length).padStart(2)} files ${kb(f.gzip).padStart(9)}   heavy: ${f.heavy.length === 0 ? 'none' : f.heavy.join(', ')}   (${[
          ...f.files,
        ]
          .sort((a, b) => gzipSize(b) - gzipSize(a))
          .map((file) => `${file.replace('/assets/', '')} ${kb(gzipSize(file))}`)
          .join(', ')})`,
    ),
  ];
}
