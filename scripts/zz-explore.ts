import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.ts';
const base = 'http://127.0.0.1:13011';
const steps = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
let page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const watch = (page: typeof page) => {
page.on('console', (m) => { if (m.type() === 'error' && !/500|GKE|cluster-name|project-id/.test(m.text())) console.log('CONSOLE', m.text().slice(0, 400)); });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('response', async (r) => {
  const g = r.headers()['grpc-status'];
  if ((r.status() >= 400 && !/system\//.test(r.url())) || (g !== undefined && g !== '0')) console.log('FAIL', r.status(), g, r.headers()['grpc-message'], r.url());
});
};
watch(page);
for (const s of steps) {
  const [verb, ...rest] = s.split(':');
  const arg = rest.join(':');
  try {
    if (verb === 'goto') { await page.close(); page = await browser.newPage({ viewport: { width: 1400, height: 900 } }); watch(page); await page.goto(base + '/' + arg); await page.waitForTimeout(4000); }
    else if (verb === 'click') { await page.getByText(arg, { exact: true }).first().click({ timeout: 5000 }); await page.waitForTimeout(2500); }
    else if (verb === 'css') { await page.locator(arg).first().click({ timeout: 5000 }); await page.waitForTimeout(2500); }
    else if (verb === 'shot') { await page.screenshot({ path: `/tmp/screens/kfpui/${arg}.png` }); console.log('SHOT', arg); }
    else if (verb === 'text') { console.log((await page.locator('body').innerText()).slice(0, 3000)); }
  } catch (e) { console.log('STEP FAILED', s, String(e).slice(0, 200)); }
}
await browser.close();
