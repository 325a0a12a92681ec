import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// A planner's day on the page: log in, open demo data, solve, read the timeline and an explanation,
// download the plan as CSV, run a two-variant what-if, re-plan with a change and read who must be told,
// and look at a holiday plan. Screenshots of each step go to target/e2e/screenshots.

const shots = process.env.SCREENSHOT_DIR ?? '../target/e2e/screenshots';
const user = process.env.PLANNER_USER ?? 'admin';
const password = process.env.PLANNER_PASSWORD ?? 'change-me-please';

test.describe.configure({ mode: 'serial' });

let page: Page;
let planUrl: string;

async function shot(name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

/** Serious and critical violations of axe-core's WCAG 2.1 A/AA rules on the page as it is now. */
async function accessibilityViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
});

test('logs in through the form and switches to English', async () => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await expect(page.getByRole('heading', { name: 'Suunnitelmat' })).toBeVisible();
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { name: 'Plans', exact: true })).toBeVisible();
  await shot('01-plans');
});

test('names the fields of an uploaded plan the service refuses', async () => {
  await page.getByRole('radio', { name: 'Plan file (JSON)' }).check();
  const plan = await page.evaluate(async () => (await fetch('/api/demo-data/respite-S')).json());
  plan.stays[0].latestArrival = '2026-12-01';
  await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await page.getByRole('button', { name: 'Solve', exact: true }).click();
  const error = page.getByRole('alert');
  await expect(error).toContainText('stays[0].latestArrival');
  await expect(page).not.toHaveURL(/#\/respite\//);
  await page.getByRole('radio', { name: 'Demo dataset' }).check();
});

test('solves a demo dataset and shows progress while solving', async () => {
  await page.getByRole('combobox', { name: 'Demo dataset' }).selectOption('respite-M');
  await page.getByLabel('Solving time (s)').fill('10');
  await page.getByRole('button', { name: 'Solve', exact: true }).click();
  await expect(page).toHaveURL(/#\/respite\//);
  planUrl = page.url();
  await expect(page.locator('progress')).toBeVisible();
  await shot('02-solving');
  await expect(page.locator('.plan-header .badge')).toHaveText('done', { timeout: 60_000 });
  await expect(page.locator('.kpi').first()).toContainText('/');
});

test('draws the timeline with a bar per placed stay and shaded closed nights', async () => {
  const bars = page.locator('.vis-item.stay');
  await expect(bars.first()).toBeVisible();
  expect(await bars.count()).toBeGreaterThan(50);
  await expect(page.locator('.vis-label.unit').first()).toBeVisible();
  // Collapsing the first unit brings the second into view, closed for two weeks in March in respite-M.
  await page.locator('.vis-label.unit').first().click();
  await expect(page.locator('.vis-item.vis-background.closed').first()).toBeVisible();
  await shot('03-timeline-closed-unit');
  await page.locator('.vis-label.unit').first().click();
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('need');
  await expect(page.locator('.vis-item.stay.need-AUTISM').first()).toBeVisible();
  await page.getByRole('button', { name: 'Month' }).click();
  await shot('03-timeline');
});

test('opens a stay: client needs, placement and the constraints it touches', async () => {
  await page.locator('.vis-item.stay').first().click();
  const details = page.locator('aside.details');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Client');
  await expect(details.locator('.constraint').first().or(details.getByText('No constraint is broken'))).toBeVisible();
  await shot('04-stay-explanation');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();
});

test('cancels a stay from its panel: the bar goes and the change is logged', async () => {
  await page.locator('.vis-item.stay').nth(3).click();
  const stayId = (await page.locator('aside.details h3').textContent())!.replace('Stay ', '');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Cancel this stay' }).click();
  await expect(page.locator('aside.details')).toBeHidden();
  const solution = await page.evaluate(async (url) => (await fetch(url)).json(), planUrl.replace(/.*#\/respite\//, '/api/respite/plans/') + '/solution');
  expect(solution.stays.map((s: { id: string }) => s.id)).not.toContain(stayId);
  const changes = await page.evaluate(async (url) => (await fetch(url)).json(), planUrl.replace(/.*#\/respite\//, '/api/respite/plans/') + '/changes');
  expect(changes).toContainEqual(expect.stringContaining(`cancel stay ${stayId}`));
});

test('lists the stays a constraint concerns from the score breakdown', async () => {
  await page.getByRole('tab', { name: 'Score breakdown' }).click();
  const first = page.locator('.score-breakdown tbody button').first();
  await first.click();
  const match = page.locator('.score-breakdown .matches li').first();
  await expect(match).toBeVisible();
  await shot('05-score-breakdown');
  const stayId = (await match.getByRole('button').first().textContent())!;
  await match.getByRole('button').first().click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('aside.details h3')).toHaveText(`Stay ${stayId}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.details')).toBeHidden();
  await page.getByRole('tab', { name: 'Unmet requests' }).click();
  await expect(page.locator('.unmet table, .unmet p').first()).toBeVisible();
});

test('downloads the plan and its KPIs as CSV', async () => {
  const [plan] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Plan (CSV)' }).click()]);
  const csv = await text(plan);
  expect(csv.split('\n')[0]).toBe('# contains personal data: client ids');
  expect(csv.split('\n')[1]).toMatch(/^stayId,clientId,/);
  expect(csv.trim().split('\n').length).toBeGreaterThan(100);
  const [kpis] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'KPIs (CSV)' }).click()]);
  expect(await text(kpis)).toContain('nights.servedNights,');
});

test('keeps a cancellation for tonight\'s re-plan and lists it as waiting', async () => {
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator('.vis-item.stay').nth(5).click();
  const stayId = (await page.locator('aside.details h3').textContent())!.replace('Stay ', '');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: "Cancel in tonight's re-plan" }).click();
  await page.getByRole('tab', { name: 'Re-planning' }).click();
  await expect(page.locator('ul.pending')).toContainText(`"stayId":"${stayId}"`);
  const solution = await page.evaluate(async (url) => (await fetch(url)).json(), planUrl.replace(/.*#\/respite\//, '/api/respite/plans/') + '/solution');
  expect(solution.stays.map((s: { id: string }) => s.id)).toContain(stayId);
});

test('recommends places for a new request and applies one', async () => {
  await page.getByRole('tab', { name: 'New request' }).click();
  // A client with no stay around 21 March, so the request can be placed without breaking a hard rule.
  const clientId = await page.evaluate(async (url) => {
    const plan = await (await fetch(url)).json();
    const busy = new Set(plan.stays.filter((s: { requestedArrival: string }) => s.requestedArrival >= '2027-03-10' && s.requestedArrival <= '2027-03-28')
      .map((s: { client: string }) => s.client));
    return plan.clients.find((c: { id: string; segment: string }) => !busy.has(c.id) && c.segment.startsWith('ADULT')).id;
  }, planUrl.replace(/.*#\/respite\//, '/api/respite/plans/') + '/solution');
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Client').fill(clientId);
  for (const field of ['Requested arrival', 'Earliest arrival', 'Latest arrival']) await panel.getByLabel(field).fill('2027-03-21');
  await page.getByRole('button', { name: 'Find places' }).click();
  const best = panel.locator('tbody tr').first();
  await expect(best).toContainText('✓');
  await shot('06-recommendations');
  await best.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('Added to the plan');
  await expect(page.locator('.plan-header .score')).toContainText('0hard');
});

test('runs a two-variant what-if and shows the comparison table and chart', async () => {
  await page.getByRole('link', { name: 'What-if' }).click();
  await page.getByRole('combobox', { name: /^Base plan/ }).selectOption({ index: 1 });
  await page.getByLabel('Scenario name').fill('e2e beds and demand');
  await page.getByLabel('Solving time (s)').fill('4');
  await page.getByLabel('Variant name').fill('+2 beds U2');
  await page.getByRole('combobox', { name: /^Unit/ }).selectOption('U2');
  await page.getByLabel('Count').fill('2');
  await page.getByRole('button', { name: 'Add variant' }).click();
  await page.getByRole('combobox', { name: /^Change/ }).selectOption('SCALE_DEMAND');
  await page.getByLabel('Variant name').fill('+10% demand');
  await page.getByLabel('Factor').fill('1.1');
  await page.getByRole('button', { name: 'Add variant' }).click();
  await expect(page.locator('ol.variants li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page).toHaveURL(/#\/whatif\//);
  const table = page.locator('table.comparison');
  await expect(table).toBeVisible({ timeout: 90_000 });
  await expect(table.locator('thead th')).toHaveText(['KPI', 'base', '+2 beds U2', '+10% demand']);
  await expect(page.locator('.chart canvas')).toBeVisible();
  await shot('07-what-if');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Comparison (CSV)' }).click()]);
  expect((await text(csv)).split('\n')[0]).toBe('kpi,"base","+2 beds U2","+2 beds U2 Δ","+10% demand","+10% demand Δ"');
});

test('re-plans with a cancellation and shows who must be told', async () => {
  await page.goto(planUrl);
  await page.getByRole('tab', { name: 'Re-planning' }).click();
  const solution = await page.evaluate(async (url) => (await fetch(url)).json(), planUrl.replace(/.*#\/respite\//, '/api/respite/plans/') + '/solution');
  const placed = solution.stays.find((s: { bed?: string; arrival?: string }) => s.bed && s.arrival! > '2027-02-20');
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Today').fill('2027-02-01');
  await panel.getByLabel('Solving time (s)').fill('4');
  await panel.getByLabel('Changes (JSON list)').fill(JSON.stringify([{ type: 'CANCEL_STAY', stayId: placed.id }]));
  await page.getByRole('button', { name: 'Re-plan', exact: true }).click();
  await expect(page).not.toHaveURL(planUrl);
  await expect(page.locator('.plan-header .badge')).toHaveText('done', { timeout: 60_000 });
  // Starting from a feasible published plan, a cancellation cannot make the best re-plan infeasible.
  await expect(page.locator('.plan-header .score')).toContainText('0hard');
  await page.getByRole('tab', { name: 'Re-planning' }).click();
  await expect(page.getByRole('heading', { name: 'Who must be told' })).toBeVisible();
  await expect(page.locator('.replan table')).toContainText(placed.id);
  await expect(page.locator('.replan tr', { hasText: placed.id })).toContainText('cancelled');
  await shot('08-replan-diff');
});

test('stops a holiday plan while it solves and shows it as a grid of weeks and groups', async () => {
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('combobox', { name: 'Demo dataset' }).selectOption('holiday-S');
  await page.getByLabel('Solving time (s)').fill('300');
  await page.getByRole('button', { name: 'Solve', exact: true }).click();
  await expect(page).toHaveURL(/#\/holiday\//);
  await expect(page.locator('progress')).toBeVisible();
  await expect(page.locator('.plan-header .score')).toContainText('hard');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.plan-header .badge')).toHaveText('stopped');
  await expect(page.locator('table.holiday-grid tbody tr').first()).toBeVisible();
  await expect(page.locator('.group-cell li').first()).toBeVisible();
  await shot('09-holiday-grid');
});

test('is keyboard usable: tabs move with arrow keys', async () => {
  await page.goto(planUrl);
  const timelineTab = page.getByRole('tab', { name: 'Timeline' });
  await timelineTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Unmet requests' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Unmet requests' })).toHaveAttribute('aria-selected', 'true');
});

test('speaks Finnish: labels, the timeline\'s months, constraint names and their reasons, KPI names', async () => {
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Suomeksi' }).click();
  await page.getByRole('tab', { name: 'Aikajana' }).click();
  await expect(page.locator('.vis-panel.vis-top')).toContainText('tammikuu 2027');
  await page.getByRole('tab', { name: 'Pisteiden erittely' }).click();
  await expect(page.locator('.score-breakdown')).toContainText('Tuotantokustannus');
  await expect(page.locator('.score-breakdown')).toContainText('oman tuotannon rajakustannus on pienin');
  await expect(page.locator('.kpi').first()).toContainText('Toteutuneet yöt');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('tab', { name: 'Score breakdown' })).toBeVisible();
});

test('passes axe-core WCAG 2.1 A/AA checks: plans, a plan with a stay open, what-if', async () => {
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(page.locator('table.plans')).toBeVisible();
  expect(await accessibilityViolations()).toEqual([]);
  await page.goto(planUrl);
  await page.locator('.vis-item.stay').first().click();
  await expect(page.locator('aside.details .constraint').first()).toBeVisible();
  expect(await accessibilityViolations()).toEqual([]);
  await page.getByRole('link', { name: 'What-if' }).click();
  await expect(page.locator('form.grid-form')).toBeVisible();
  expect(await accessibilityViolations()).toEqual([]);
});

test('offers a viewer the plans to read and nothing to change', async () => {
  const created = await page.evaluate(async () => {
    const session = await (await fetch('/api/session')).json();
    const response = await fetch('/api/admin/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [session.csrfHeader]: session.csrfToken },
      body: JSON.stringify({ username: 'e2e-viewer', password: 'viewer-password-e2e', roles: ['VIEWER'], orgUnits: ['default'] }),
    });
    return response.status;
  });
  expect(created).toBe(201);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have logged out.');
  expect(await accessibilityViolations()).toEqual([]);
  await page.locator('#username').fill('e2e-viewer');
  await page.locator('#password').fill('viewer-password-e2e');
  await page.locator('button[type=submit]').click();
  await expect(page.getByRole('heading', { name: 'Plans', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New plan' })).toHaveCount(0);
  await page.goto(planUrl);
  await expect(page.locator('.vis-item.stay').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Solve again' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'New request' })).toHaveCount(0);
  await page.locator('.vis-item.stay').first().click();
  await expect(page.locator('aside.details')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel this stay' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Re-planning' }).click();
  await expect(page.getByText('This plan is not a re-plan')).toBeVisible();
});
