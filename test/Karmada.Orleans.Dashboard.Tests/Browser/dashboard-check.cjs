// Drives the dashboard in headless Chromium for DashboardBrowserTests. Protocol on stdout, one JSON
// object per line: {"step":"ready",...} once both tables show numbers, then it waits for "go" on stdin
// (the test generates activity), then {"step":"done",...} once the numbers changed and the screenshots
// are saved. Any failure prints {"step":"error","message":...} and exits 1.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const url = process.env.DASHBOARD_URL;
const token = process.env.DASHBOARD_TOKEN;
const outDir = process.env.SCREENSHOT_DIR;
const say = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => lines.once('line', resolve));

async function until(what, probe, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Numbers as the tables carry them (data-value holds the raw value).
const runtimeNumbers = (page) => page.evaluate(() => {
  const rows = [...document.querySelectorAll('#grain-types tbody tr')].filter((r) => r.querySelector('td[data-col="type"]'));
  const value = (row, col) => Number(row.querySelector(`td[data-col="${col}"]`).dataset.value);
  return {
    types: rows.length,
    activations: rows.reduce((sum, r) => sum + value(r, 'activations'), 0),
    totalCalls: rows.reduce((sum, r) => sum + value(r, 'total'), 0),
    methods: document.querySelectorAll('#grain-methods tbody tr td[data-col="method"]').length,
    cpuTile: document.querySelector('[data-tile="CPU"] .value')?.textContent,
  };
});

const clusterRow = (page, name) => page.evaluate((name) => {
  const row = [...document.querySelectorAll('#clusters tbody tr')].find((r) => r.querySelector('td[data-col="name"]')?.textContent === name);
  if (!row) return null;
  const text = (col) => row.querySelector(`td[data-col="${col}"]`).textContent;
  return { ready: text('ready'), version: text('version'), nodes: text('nodes'), cpu: text('cpu'), memory: text('memory'), pods: text('pods'), probe: text('probe') };
}, name);

const works = (page, cluster) => page.evaluate((cluster) => {
  const row = [...document.querySelectorAll('#works tbody tr')].find((r) => r.querySelector('td[data-col="cluster"]')?.textContent === cluster);
  return row ? Number(row.querySelector('td[data-col="applied"]').dataset.value) : 0;
}, cluster);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    // The anonymous request and the wrong token answer 401 on purpose; anything else logged as an error fails the test.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('status of 401')) errors.push(m.text()); });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto(url + '/dashboard');
    await page.waitForSelector('#login:not([hidden])');
    const anonymousHtml = await page.content();
    const anonymousApi = await page.evaluate(async () => (await fetch('/dashboard/api/karmada')).status);

    await page.fill('#token', 'not-a-token');
    await page.press('#token', 'Enter');
    await until('the wrong token to be rejected', () => page.evaluate(() => !document.querySelector('#login').hidden && document.querySelector('#login-error').textContent.length > 0));

    await page.fill('#token', token);
    await page.press('#token', 'Enter');
    await page.waitForSelector('#login', { state: 'hidden' });

    const runtimeBefore = await until('the grain table to show numbers', async () => {
      const n = await runtimeNumbers(page);
      return n.types > 0 && n.activations > 0 && n.totalCalls > 0 ? n : null;
    });
    await page.click('#tab-karmada');
    const clusterBefore = await until('the clusters table to show member1 with nodes', async () => {
      const row = await clusterRow(page, 'member1');
      return row && row.ready === 'Ready' && row.nodes === '2 / 2' ? row : null;
    });
    say({ step: 'ready', runtime: runtimeBefore, cluster: clusterBefore, anonymousApi, anonymousHtmlMentionsMember: anonymousHtml.includes('member1') });

    if ((await nextLine()).trim() !== 'go') throw new Error('expected go');

    const clusterAfter = await until('member1 to show the third node', async () => {
      const row = await clusterRow(page, 'member1');
      return row && row.nodes === '3 / 3' ? row : null;
    }, 45000);
    const appliedWorks = await until('Works applied to member1', async () => (await works(page, 'member1')) > 0 ? await works(page, 'member1') : null, 45000);
    await page.screenshot({ path: path.join(outDir, 'dashboard-karmada.png'), fullPage: true });

    await page.click('#tab-runtime');
    const runtimeAfter = await until('grain call totals to grow', async () => {
      const n = await runtimeNumbers(page);
      return n.totalCalls > runtimeBefore.totalCalls ? n : null;
    });
    // Wait for the time series to have a few points before the picture.
    await until('the charts to draw', () => page.evaluate(() => document.querySelectorAll('#chart-cpu svg path.line').length === 1));
    await page.screenshot({ path: path.join(outDir, 'dashboard-runtime.png'), fullPage: true });
    // What a laptop shows without scrolling.
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.click('#tab-karmada');
    await page.waitForSelector('#view-karmada:not([hidden])');
    await page.screenshot({ path: path.join(outDir, 'dashboard-laptop.png') });

    const external = requests.filter((r) => !r.startsWith(url));
    say({ step: 'done', runtime: runtimeAfter, cluster: clusterAfter, appliedWorks, external, errors });
  } catch (error) {
    say({ step: 'error', message: String(error && error.stack || error), errors });
    process.exitCode = 1;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    lines.close();
  }
})();
