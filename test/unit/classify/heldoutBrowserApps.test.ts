import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('classify: browser, desktop and mobile app shapes from the held-out round', () => {
  it("Anthropic: a browser's request refused without the opt-in header, or by the organization; a bad key stays invalid-token", () => {
    const body = (message: string): string => `Error: 401 {"type":"error","error":{"type":"authentication_error","message":"${message}"}}\n`;
    assert.deepEqual(read(body("CORS requests must set 'anthropic-dangerous-direct-browser-access' header")), ['anthropic/permission-denied/401/null']);
    assert.deepEqual(
      read(
        body(
          'CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.',
        ),
      ),
      ['anthropic/auth-method-disabled/401/null'],
    );
    assert.deepEqual(read(body('invalid x-api-key')), ['anthropic/invalid-token/401/null']);
  });

  it("OpenAI: its old site named in the missing-key message is OpenAI's; Dart's `Error [401]` is the status", () => {
    const dart = (site: string): string =>
      ` have Error [401] => Data: {error: {message: You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from ${site}., type: invalid_request_error, param: null, code: null}}\n`;
    assert.deepEqual(read(dart('https://beta.openai.com')), ['openai/missing-token/401/null']);
    // The same words sending the reader elsewhere name no provider.
    assert.deepEqual(read(dart('https://example.com')), []);
  });

  it("Google: Firebase's SDK naming an AI API to enable is api-not-enabled; the same words for another Google API are no incident", () => {
    const dartError = (api: string, host: string): string =>
      `DartError: The Vertex AI in Firebase SDK requires the ${api} (\`${host}\`) to be enabled in your Firebase project.\n`;
    assert.deepEqual(read(dartError('Vertex AI in Firebase API', 'firebasevertexai.googleapis.com')), ['google/api-not-enabled/null/null']);
    assert.deepEqual(read(dartError('Cloud Storage API', 'storage.googleapis.com')), []);
  });

  it("a browser console's failed request names the provider by its URL and the status; another host's, or a server's log line, is none", () => {
    assert.deepEqual(read('POST https://api.openai.com/v1/chat/completions 401 (Unauthorized)\n'), ['openai/invalid-token/401/null']);
    // After the script's location, among the console's async stack lines.
    assert.deepEqual(
      read(
        'plugin:my-plugin:734          POST https://api.anthropic.com/v1/messages 401 (Unauthorized)\ndispatchXhrRequest @ plugin:my-plugin:734\nPromise.then (async)\n',
      ),
      ['anthropic/invalid-token/401/null'],
    );
    assert.deepEqual(read('main.js:1948 POST https://logseq.com/api/v1/repos 401 (Unauthorized)\n'), []);
    // httpx's request log says the status inside its quotes, not at the line's end: not this shape.
    assert.deepEqual(read('INFO:httpx:HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"\n'), []);
  });

  it("frames inside a pkg-built binary's /snapshot/ file system are library code; the same file outside it is the user's", () => {
    const thrown = (dir: string): string =>
      'Error: HTTP 401 Unauthorized from https://api.openai.com/v1/models\n\n{\n  "error": {\n    "message": "Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.",\n    "code": "invalid_api_key"\n  }\n}\n' +
      `    at customFetch (${dir}/continue/binary/out/index.js:471442:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n`;
    const frameOf = (text: string) => scanText(text, 'test').map((i) => i.userFrame);
    assert.deepEqual(frameOf(thrown('/snapshot')), [null]);
    assert.deepEqual(frameOf(thrown('/home/dev')), [{ file: '/home/dev/continue/binary/out/index.js', line: 471442, function: 'customFetch' }]);
  });

  it("Swift's description of an error enum gives its labelled status; a bare status with no provider named is no incident", () => {
    assert.deepEqual(
      read(
        'RequestFailed: genericError(error: OpenAISwift.OpenAIError.badResponse(code: 401, response: Optional("{\\n    \\"error\\": {\\n        \\"message\\": \\"Incorrect API key provided: sk-XXXX.\\",\\n        \\"code\\": \\"invalid_api_key\\"\\n    }\\n}\\n")))\n',
      ),
      ['openai/invalid-token/401/null'],
    );
    assert.deepEqual(read('responseValidationFailed(reason: Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(code: 401))\n'), []);
  });

  it("a client's `HTTP 401 Unauthorized from <url>` line gives its status to the body below it; another host's is no incident", () => {
    const logged = (url: string, gap: string): string =>
      `[2024-11-18T09:57:37] HTTP 401 Unauthorized from ${url}\n${gap}{\n  "error": {\n    "message": "Incorrect API key provided: sk-XXXX.",\n    "code": "invalid_api_key"\n  }\n}\n`;
    assert.deepEqual(read(logged('https://api.openai.com/v1/models', '\n')), ['openai/invalid-token/401/null']);
    assert.deepEqual(read(logged('https://api.openai.com/v1/models', '')), ['openai/invalid-token/401/null']);
    // Without the line, the body alone states no status.
    assert.deepEqual(read('{\n  "error": {\n    "message": "Incorrect API key provided: sk-XXXX.",\n    "code": "invalid_api_key"\n  }\n}\n'), [
      'openai/invalid-token/null/null',
    ]);
    assert.deepEqual(read('HTTP 401 Unauthorized from https://logseq.com/api/v1/repos\n\n{"error": "unauthorized"}\n'), []);
  });

  it("a browser's source-mapped stack: the SDK's own folderless files are library code, the page's are the user's", () => {
    const frameOf = (text: string) => scanText(text, 'test').map((i) => i.userFrame);
    const head =
      'Uncaught (in promise) Error: 401 Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.\n';
    assert.deepEqual(
      frameOf(`${head}    at APIError.generate (error.ts:63:14)\n    at OpenAI.makeStatusError (core.ts:323:21)\n    at async handleSubmit (App.jsx:24:22)\n`),
      [{ file: 'App.jsx', line: 24, function: 'handleSubmit' }],
    );
    // A folderless file whose method belongs to no SDK class stays the user's.
    assert.deepEqual(frameOf(`${head}    at Chat.send (core.ts:323:21)\n`), [{ file: 'core.ts', line: 323, function: 'Chat.send' }]);
    // A local dev server's page is the user's; its pre-bundled dependencies and a remote module are not.
    const served = (user: string) =>
      `${head}    at OpenAI.makeRequest (http://localhost:5173/node_modules/.vite/deps/openai.js?v=f279f0b2:3055:24)\n    at async sendMessage (${user}:42:20)\n`;
    assert.deepEqual(frameOf(served('http://localhost:5173/src/Chat.tsx?t=1712')), [
      { file: 'http://localhost:5173/src/Chat.tsx?t=1712', line: 42, function: 'sendMessage' },
    ]);
    assert.deepEqual(frameOf(served('https://deno.land/x/chat/mod.ts')), [null]);
  });
});
