// How fast the plan page draws a solved plan's timeline, comes back to it from another tab, and how much memory it
// holds, per dataset size.
// Against a running service:  node bench/timeline.mjs http://127.0.0.1:8080 admin change-me-please respite-M respite-L
// Each dataset is solved once (20 s), then the page is opened 5 times; medians are printed.
import { chromium } from 'playwright-core';

const [base, user, password, ...datasets] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const api = (path, init = {}) => fetch(base + path, { ...init, headers: { Authorization: auth, 'Content-Type': 'application/json', ...init.headers } });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 5;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(base + '/login');
await page.fill('#username', user);
await page.fill('#password', password);
await page.click('button[type=submit]');
await page.waitForURL(base + '/');

console.log('dataset | stays | placed | open → bars drawn (median ms) | recolour by need (median ms) | back to the timeline tab (median ms) | JS heap used (MB)');
for (const name of datasets) {
  const plan = await (await api(`/api/demo-data/${name}`)).text();
  const { id } = await (await api('/api/respite/plans?timeLimitSeconds=20', { method: 'POST', body: plan })).json();
  while ((await (await api(`/api/respite/plans/${id}`)).json()).status !== 'DONE') await new Promise((r) => setTimeout(r, 1000));
  const solution = await (await api(`/api/respite/plans/${id}/solution`)).json();
  const opens = [];
  const recolours = [];
  const returns = [];
  let heap = 0;
  for (let i = 0; i < ROUNDS; i++) {
    await page.goto(base + '/#/');
    await page.waitForSelector(`a[href="#/respite/${id}"]`);
    const start = Date.now();
    await page.goto(`${base}/#/respite/${id}`);
    await page.waitForSelector('.vis-item.stay');
    opens.push(Date.now() - start);
    const before = Date.now();
    await page.selectOption('.toolbar select', 'need');
    await page.waitForSelector('.vis-item.stay.need-AUTISM');
    recolours.push(Date.now() - before);
    // Another tab (the unmet list), then back to the timeline: bars visible again.
    await page.locator('[role=tab]').nth(1).click();
    await page.locator('.vis-item.stay').first().waitFor({ state: 'hidden' });
    const away = Date.now();
    await page.locator('[role=tab]').nth(0).click();
    await page.locator('.vis-item.stay').first().waitFor({ state: 'visible' });
    returns.push(Date.now() - away);
    heap = await page.evaluate(() => performance.memory.usedJSHeapSize / 1e6);
  }
  const placed = solution.stays.filter((s) => s.bed).length;
  console.log(`${name} | ${solution.stays.length} | ${placed} | ${median(opens)} | ${median(recolours)} | ${median(returns)} | ${heap.toFixed(0)}`);
  await api(`/api/respite/plans/${id}`, { method: 'DELETE' });
}
await browser.close();
