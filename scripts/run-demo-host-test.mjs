// Checks the host `npm start` runs (scripts/lib/demo-host.mjs), driven from outside as a user
// drives it: it opens on the sample's README, the extension is active, and a notification shows
// with its buttons (the test runner's --enable-smoke-test-driver would hide it). Saves the
// screenshots of the first screen and of the verify result.
// Env: AAD_TEST_OUTPUT (artifacts, default .test-output), AAD_HOST_LOG=1 to echo logs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemo } from './lib/demo-host.mjs';
import { CHROMIUM_ARGS, ensureHost, root } from './lib/vscode-host.mjs';

const outputDir = process.env.AAD_TEST_OUTPUT || join(root, '.test-output');
const shots = join(outputDir, 'screenshots');
mkdirSync(shots, { recursive: true });
const verbose = !!process.env.AAD_HOST_LOG;

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = ensureHost();
const scratch = mkdtempSync(join(tmpdir(), 'aad-demo-'));
const demo = await startDemo(host, { dataDir: scratch, log: (text) => verbose && process.stderr.write(`[server] ${text}`) });
const browser = await chromium.launch({ executablePath: host.chromium, args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;
/** The page being driven, for a picture of what the user saw when a check failed. */
let current = null;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed++;
    const shot = join(shots, `demo-failed-${failed}.png`);
    await current?.screenshot({ path: shot }).catch(() => undefined);
    console.log(`    screenshot: ${shot}`);
    console.log(
      `  ✘ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
  }
}

/** A browser window on the demo, with storage of its own (no editors restored from an earlier one). */
async function openWorkbench() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  current = page;
  if (verbose) page.on('console', (message) => console.log(`[page] ${message.text()}`));
  await page.goto(demo.url);
  return page;
}

try {
  let page = await openWorkbench();
  console.log('demo host (as `npm start` runs it)');
  const statusItem = () => page.locator('.statusbar-item[aria-label^="AI Access Doctor"]');
  const readmeTab = () => page.locator('.tabs-container .tab:has-text("README")').first();
  const welcomeTab = () => page.locator('.tabs-container .tab.active:has-text("Welcome")');

  await check("opens on the sample workspace's README, with the extension active", async () => {
    // The host's first start (extensions scanned, the workspace restored) takes over a minute on a loaded 2-core machine.
    await Promise.race([readmeTab().waitFor({ timeout: 180_000 }), welcomeTab().first().waitFor({ timeout: 180_000 })]);
    if ((await readmeTab().count()) === 0) {
      // VS Code's startup page fell back to its Welcome page: on a loaded first start it can read the
      // folder too late to find the README (seen in about one fresh-clone CI run in three). A second
      // window on the now warm host is what a user opening it again sees.
      await page.screenshot({ path: join(shots, 'start-welcome-fallback.png') });
      console.log('    VS Code showed its Welcome page on the first start (start-welcome-fallback.png): a second window');
      await page.context().close();
      page = await openWorkbench();
      await readmeTab().waitFor({ timeout: 120_000 });
    }
    await statusItem().first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500); // let the preview render before the picture
    await page.screenshot({ path: join(shots, 'start-first-screen.png') });
    assert.equal(await welcomeTab().count(), 0, "not the host's welcome page");
  });

  await check('shows a notification with its buttons (Verify AI Token with no stored token)', async () => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('AI Access Doctor: Verify AI Token', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .monaco-list-row:has-text("OpenAI")').first().waitFor();
    await page.keyboard.type('OpenAI', { delay: 5 });
    await page.keyboard.press('Enter');
    // No token stored: the password box comes right away, then the check runs.
    const password = page.locator('.quick-input-widget input[type="password"]');
    await password.waitFor({ timeout: 15_000 });
    await page.keyboard.type('sk-test-valid', { delay: 5 });
    await page.keyboard.press('Enter');
    // The sample's OPENAI_BASE_URL is not OpenAI's own host: the extension asks once before
    // the token goes there, as it would for any gateway.
    const consent = page.locator('.quick-input-widget .monaco-list-row:has-text("Send it to")');
    await consent.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'verify-consent.png') });
    await consent.first().click();
    const toast = page.locator('.notification-toast:has-text("is valid")');
    await toast.first().waitFor({ timeout: 30_000 });
    await page
      .locator('.notification-toast:has-text("Verifying")')
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    await page.screenshot({ path: join(shots, 'verify-result.png') });
    await toast.first().screenshot({ path: join(shots, 'wt-verify.png') });
    const buttons = await toast.first().locator('.monaco-button').allInnerTexts();
    assert.ok(buttons.length >= 1, `buttons on the notification: ${JSON.stringify(buttons)}`);
    const status = await statusItem().first().getAttribute('aria-label');
    assert.match(status ?? '', /valid/i, 'the status bar shows the last result');
  });
} finally {
  await browser.close().catch(() => {});
  await demo.stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`demo host: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
