import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.ts';
const base = 'http://127.0.0.1:14871';
const name = process.argv[2] ?? 'Wide fan-out v1 (300 tasks)';
const filter = JSON.stringify({ predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: name }] });
const body = await (await fetch(`${base}/pipeline/apis/v2beta1/runs?filter=${encodeURIComponent(filter)}`)).json();
const id = body.runs[0].run_id;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${base}/runs/${id}`);
await page.locator('.react-flow__minimap').waitFor({ timeout: 30000 });
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => ({
  transform: document.querySelector('.react-flow__viewport')?.getAttribute('style'),
  nodes: document.querySelectorAll('.react-flow__node').length,
  minimapNodes: document.querySelectorAll('.react-flow__minimap-node').length,
  first: [...document.querySelectorAll('.react-flow__minimap-node')].slice(0, 3).map((n) => [n.getAttribute('x'), n.getAttribute('y'), n.getAttribute('width')]),
  viewBox: document.querySelector('.react-flow__minimap svg')?.getAttribute('viewBox'),
})));
await browser.close();
