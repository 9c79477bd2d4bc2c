import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.ts';
const base = process.argv[2] ?? 'http://127.0.0.1:14871';
const name = process.argv[3] ?? 'Wide fan-out v1 (300 tasks)';
const out = process.argv[4] ?? '/tmp/perf/shot.png';
const filter = JSON.stringify({ predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: name }] });
const body = await (await fetch(`${base}/pipeline/apis/v2beta1/runs?filter=${encodeURIComponent(filter)}`)).json();
const id = body.runs[0].run_id;
console.log('run', id);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfinished', (r) => { if (!r.url().includes('/assets/')) console.log('req', r.method(), r.url().slice(0, 140)); });
const t0 = Date.now();
await page.goto(`${base}/runs/${id}`);
try { await page.locator('.react-flow__node').first().waitFor({ timeout: 30000 }); console.log('nodes after', Date.now() - t0); } catch (e) { console.log('no nodes'); }
await page.screenshot({ path: out });
await browser.close();
