// Runs test/integration inside a real VS Code extension host, offline:
// the VS Code server from `code-server` + Debian's Chromium driving the workbench.
// The suite follows @vscode/test-electron's convention (extensionTestsPath -> run()).
//
// Env: AAD_TEST_OUTPUT (artifacts, default .test-output), AAD_HOST_TIMEOUT_MS (default 15 min),
//      AAD_HOST_LOG=1 to echo the server's and the page's logs, AAD_GREP to run matching tests only.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureHost, root, startServer, workbenchUrl, writeWorkspaceSettings } from './lib/vscode-host.mjs';

const outputDir = process.env.AAD_TEST_OUTPUT || join(root, '.test-output');
const timeoutMs = Number(process.env.AAD_HOST_TIMEOUT_MS || 15 * 60_000);
const testsPath = join(root, 'out/test/integration/index.js');

/** Echoes what the suite appends to `file` (the host does not forward console output cleanly). */
function tailFile(file) {
  let offset = 0;
  const pump = () => {
    if (!existsSync(file)) return;
    const data = readFileSync(file);
    if (data.length > offset) process.stdout.write(data.subarray(offset));
    offset = data.length;
  };
  const timer = setInterval(pump, 200);
  return () => {
    clearInterval(timer);
    pump();
  };
}

/**
 * A loopback endpoint through which the suite acts on the workbench as a user would:
 *   /screenshot?name=x   saves <output>/screenshots/x.png (&selector=css: only that element; &clip=x,y,w,h: that area)
 *   /type?text=abc       types into whatever has focus
 *   /press?key=Enter     presses a key (Playwright key names)
 *   /click?selector=css  clicks an element once it is visible (&button=right for a context menu)
 *   /hover?selector=css  moves the mouse over an element once it is visible
 *   /text?selector=css   the visible text of every matching element, one per line
 *   /viewport?width=900&height=800   resizes the page (the workbench lays itself out again)
 * With &frames=1 the selector is looked for in every frame (webviews live in iframes).
 */
/** The elements a driver call names: in the page, or in the first frame that has them. */
async function locate(page, params) {
  const selector = params.get('selector') ?? 'body';
  if (!params.get('frames')) return page.locator(selector);
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const frame of page.frames()) {
      const found = frame.locator(selector);
      if (await found.count()) return found;
    }
    if (Date.now() > deadline) throw new Error(`no frame has ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function startDriverServer(getPage) {
  const actions = {
    screenshot: async (page, params) => {
      const file = join(outputDir, 'screenshots', `${(params.get('name') || 'shot').replace(/[^\w.-]/g, '_')}.png`);
      // With a selector: just that element (the first match), e.g. a hover or the panel.
      if (params.get('selector')) await (await locate(page, params)).first().screenshot({ path: file, timeout: 15_000 });
      else if (params.get('clip')) {
        const [x, y, width, height] = params.get('clip').split(',').map(Number);
        await page.screenshot({ path: file, clip: { x, y, width, height } });
      } else await page.screenshot({ path: file });
      return file;
    },
    type: async (page, params) => {
      await page.keyboard.type(params.get('text') ?? '', { delay: 5 });
      return 'ok';
    },
    click: async (page, params) => {
      await (await locate(page, params)).first().click({ timeout: 15_000, button: params.get('button') === 'right' ? 'right' : 'left' });
      return 'ok';
    },
    hover: async (page, params) => {
      await (await locate(page, params)).first().hover({ timeout: 15_000 });
      return 'ok';
    },
    text: async (page, params) => (await (await locate(page, params)).allInnerTexts()).join('\n'),
    viewport: async (page, params) => {
      await page.setViewportSize({ width: Number(params.get('width') || 1440), height: Number(params.get('height') || 900) });
      return 'ok';
    },
    press: async (page, params) => {
      await page.keyboard.press(params.get('key') ?? 'Enter');
      return 'ok';
    },
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const action = actions[url.pathname.slice(1)];
    try {
      if (!action) throw new Error(`unknown action ${url.pathname}`);
      res.end(await action(getPage(), url.searchParams));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const host = ensureHost();
  mkdirSync(join(outputDir, 'screenshots'), { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'aad-host-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  writeWorkspaceSettings(workspace, {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.ignoreRecommendations': true,
    'terminal.integrated.shellIntegration.enabled': true,
    'terminal.integrated.defaultProfile.linux': 'bash',
    'editor.lightbulb.enabled': 'on',
  });

  let page;
  const driver = await startDriverServer(() => page);
  const summaryFile = join(scratch, 'summary.json');
  const testLog = join(scratch, 'test.log');
  const server = await startServer(host, {
    dataDir: join(scratch, 'data'),
    env: {
      AAD_TEST_OUTPUT: outputDir,
      AAD_SUMMARY_FILE: summaryFile,
      AAD_TEST_LOG: testLog,
      AAD_TEST_LABEL: 'integration',
      AAD_DRIVER_URL: `http://127.0.0.1:${driver.address().port}`,
      AAD_DATA_DIR: join(scratch, 'data'),
      AAD_WORKSPACE: workspace,
      AAD_REPO: root,
      ...(process.env.AAD_GREP ? { AAD_GREP: process.env.AAD_GREP } : {}),
    },
    log: (text) => process.env.AAD_HOST_LOG && process.stderr.write(`[server] ${text}`),
    testDriver: true,
  });
  const browser = await chromium.launch({ executablePath: host.chromium, args: CHROMIUM_ARGS });
  let exitCode;
  const stopTail = tailFile(testLog);
  try {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    if (process.env.AAD_HOST_LOG) page.on('console', (message) => console.log(`[page] ${message.text()}`));
    page.on('pageerror', (error) => process.env.AAD_HOST_LOG && console.error(`[page] ${error.message}`));
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionPath: root, testsPath }));
    const timeout = new Promise((resolve) =>
      setTimeout(() => {
        console.error(`integration: the host did not finish within ${timeoutMs / 1000} s`);
        resolve(1);
      }, timeoutMs).unref(),
    );
    exitCode = Number(await Promise.race([done, timeout]));
  } finally {
    stopTail();
    await browser.close().catch(() => {});
    server.stop();
    driver.close();
  }
  try {
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    if (summary.passes === 0 && !summary.failures) {
      console.error('integration: no test ran inside the host');
      exitCode = 1;
    }
  } catch {
    console.error('integration: the suite wrote no summary (did it start?)');
    exitCode = 1;
  }
  rmSync(scratch, { recursive: true, force: true });
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
