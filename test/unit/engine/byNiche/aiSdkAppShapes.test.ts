import * as assert from 'node:assert/strict';
import { scanText, toScanRecord } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse';

// Apps built on the Vercel AI SDK as their users paste them: Electron app logs, chat windows.
describe('Vercel AI SDK apps', () => {
  it("frames inside an Electron app's app.asar are the app's bundle, not the user's (control: a plain Windows path)", () => {
    const asar = 'C:\\Users\\u\\AppData\\Local\\dyad\\app-0.24.0\\resources\\app.asar\\.vite\\build\\main.js';
    assert.equal(isLibraryFrame({ file: asar, line: 233, function: null }), true);
    assert.equal(isLibraryFrame({ file: '/Applications/x.app/Contents/Resources/app.asar/.vite/build/main.js', line: 1, function: null }), true);
    assert.equal(isLibraryFrame({ file: 'C:\\Users\\u\\project\\src\\main.js', line: 3, function: 'run' }), false);
  });

  it("reads the SDK's missing-key message quoted alone; a vendor none of the packs knows stays silent", () => {
    const google = scanText(
      "Google Generative AI API key is missing. Pass it using the 'apiKey' parameter or the GOOGLE_GENERATIVE_AI_API_KEY environment variable.\n",
    ).map(toScanRecord);
    assert.deepEqual(
      google.map((i) => [i.provider, i.cause, i.status, i.userFrame]),
      [['google', 'missing-token', null, null]],
    );
    assert.deepEqual(scanText("Acme API key is missing. Pass it using the 'apiKey' parameter or the ACME_API_KEY environment variable.\n"), []);
  });

  it("reads Google's key refusal carried by the SDK's error in an app's log; Google's words alone (any Google API) stay silent", () => {
    const log = [
      '[2025-10-19 11:51:53.284] [error] (chat_stream_handlers) Error streaming text: {',
      "  error: 'AI_APICallError: API key not valid. Please pass a valid API key.\\n' +",
      "    '    at C:\\\\Users\\\\u\\\\AppData\\\\Local\\\\dyad\\\\app-0.24.0\\\\resources\\\\app.asar\\\\.vite\\\\build\\\\main.js:233:35696\\n' +",
      "    '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)\\n' +",
      '}',
    ].join('\n');
    const got = scanText(log).map(toScanRecord);
    assert.deepEqual(
      got.map((i) => [i.provider, i.cause, i.userFrame]),
      [['google', 'invalid-token', null]],
    );
    const suspended = " ⨯ AI_APICallError: Permission denied: Consumer 'api_key:AIzaXXXX' has been suspended.\n";
    assert.deepEqual(
      scanText(suspended).map((i) => [i.provider, i.cause]),
      [['google', 'account-disabled']],
    );
    assert.deepEqual(scanText('Firebase: API key not valid. Please pass a valid API key.\n'), []);
  });

  it("reads the frames below a poster's `....` elision and the model in the dump's request body (controls: dots glued to words, no request body)", () => {
    const trace = (elision: string, body: string): string =>
      [
        'APICallError [AI_APICallError]: x-api-key header is required',
        '    at null.<anonymous> (file:///w/app/node_modules/@ai-sdk/provider-utils/src/response-handler.ts:58:16)',
        elision,
        'at async enhancerAction (file:///w/app/build/server/index.js:814:20) {',
        "  url: 'https://api.anthropic.com/v1/messages',",
        ...body.split('\n'),
        '}',
      ].join('\n');
    const withBody = "  requestBodyValues: {\n    model: 'claude-3-5-sonnet-20240620',\n    max_tokens: 8000\n  },";
    const [i] = scanText(trace('....', withBody)).map(toScanRecord);
    assert.deepEqual(
      [i.provider, i.cause, i.model, i.userFrame && [i.userFrame.file, i.userFrame.line, i.userFrame.function]],
      ['anthropic', 'missing-token', 'claude-3-5-sonnet-20240620', ['/w/app/build/server/index.js', 814, 'enhancerAction']],
    );
    const [glued] = scanText(trace('....and more', withBody)).map(toScanRecord);
    assert.equal(glued.userFrame, null);
    const [bare] = scanText(trace('....', '  isRetryable: false,')).map(toScanRecord);
    assert.equal(bare.model, null);
  });

  it("Next.js 16's dev chunks (.next/dev/server/chunks) are bundled code like .next/server/chunks; its app routes stay the user's", () => {
    const chunk = '/Users/u/app/.next/dev/server/chunks/[root-of-the-server]__0dd9d0-._.js';
    assert.equal(isLibraryFrame({ file: chunk, line: 918, function: 'validateProviderCredentials' }), true);
    assert.equal(isLibraryFrame({ file: 'C:\\app\\.next\\dev\\server\\chunks\\ssr\\x._.js', line: 1, function: null }), true);
    assert.equal(isLibraryFrame({ file: '/Users/u/app/.next/dev/server/app/api/chat/route.js', line: 12, function: 'POST' }), false);
  });
});
