import { defineConfig } from '@playwright/test';

// Run by the api module's WebPageE2eTest against a service it started (PLANNER_URL, PLANNER_USER, PLANNER_PASSWORD).
// Debian's Chromium, started the way this machine's closed network needs (no downloaded browser).
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../target/e2e/results',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.PLANNER_URL ?? 'http://127.0.0.1:8080',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
