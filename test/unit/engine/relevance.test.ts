import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { nextAnchor } from '../../../src/core/scan/anchors';
import { passOver, type WrappedLines } from '../../../src/core/scan/relevance';
import { StreamScanner } from '../../../src/core/scan/streamScanner';
import { fixture, verdicts } from './helpers';

// scan/relevance.ts: an anchor whose report says nothing an access failure could be read from is
// passed over before the close look. Each case has its control: the same shape saying something.
const UNWRAPPED: WrappedLines = { start: (_text, lineStart) => lineStart, end: (_text, _start, nl) => nl };

/** passOver at the text's first anchor, the text complete: true when it is passed over. */
function passedOver(text: string): boolean {
  const a = nextAnchor(text);
  assert.ok(a >= 0, `an anchor in ${JSON.stringify(text)}`);
  return passOver(text, a, true, UNWRAPPED) >= 0;
}

const BELOW = 'Found 0 errors. Watching for file changes.\n';

describe('relevance: anchors whose report says nothing are passed over', () => {
  it("passes over a TypeError and its stack, and reads the same stack under an access failure's head", () => {
    const stack = '    at render (/home/dev/app/src/view.js:7:7)\n    at main (/home/dev/app/src/index.js:3:1)\n';
    assert.equal(passedOver(`TypeError: Cannot read properties of undefined (reading 'id')\n${stack}${BELOW}`), true);
    assert.equal(passedOver(`Error: 401 Unauthorized\n${stack}${BELOW}`), false);
  });

  it("passes over a test runner's indented assertion, and reads one that names a key", () => {
    assert.equal(passedOver(`    AssertionError: expected 1 to equal 2\n${BELOW}`), true);
    assert.equal(passedOver(`    AssertionError: expected the API key to be set\n${BELOW}`), false);
  });

  it('reads an anchor in a stack whose opening line states the status (`✖ 401` over `at new APIError`)', () => {
    const frames = '    at new APIError (/app/node_modules/openai/error.js:1:1)\n    at main (/app/index.js:1:1)\n';
    assert.equal(passedOver(`✖ 401 Unauthorized\n${frames}${BELOW}`), false);
    assert.equal(passedOver(`✖ boom\n${frames}${BELOW}`), true);
  });

  it("reads a Python frame's raise line when the exception line that ends the stack states the status", () => {
    const frame = 'Traceback (most recent call last):\n  File "/app/rtmt.py", line 193, in forward\n    raise WSServerHandshakeError(\n';
    assert.equal(passedOver(`${frame}aiohttp.client_exceptions.WSServerHandshakeError: 401, message='Invalid response status'\n${BELOW}`), false);
    assert.equal(passedOver(`${frame}aiohttp.client_exceptions.WSServerHandshakeError: 500, message='Server closed'\n${BELOW}`), true);
  });

  it("reads a dump's field under the sibling that states the status (an SDK error logged without its head)", () => {
    assert.equal(passedOver(`status: 404,\n  headers: {},\n  error: { message: 'x' },\n${BELOW}`), false);
    assert.equal(passedOver(`status: 200,\n  headers: {},\n  error: { message: 'x' },\n${BELOW}`), true);
  });

  it('reads the message under a caption or a bare class (a debugger), and a field under the head', () => {
    assert.equal(passedOver('Exception has occurred: OpenAIError\nThe api_key client option must be set\n'), false);
    assert.equal(passedOver('Exception has occurred: ValueError\nthe list is empty\n'), true);
    assert.equal(passedOver('SomeError: the call returned an error.\nStatus code: 401\n'), false);
    // A log level in capitals starts a record of its own.
    assert.equal(passedOver('SomeError: the call returned an error.\nINFO:     GET /items 401\n'), true);
  });

  it("reads a body's lines after a blank line a post put in, a translated message, and a traceback's header", () => {
    assert.equal(passedOver('Unexpected Error:\n\n"code": 403,\n'), false);
    assert.equal(passedOver('Unexpected Error:\n\n"code": 500,\n'), true);
    assert.equal(passedOver('Error: クライアントエラー\n'), false);
    assert.equal(passedOver('Error: client failure\n'), true);
    // Unaccented Latin-script words: the API named in capitals, a key said not valid.
    assert.equal(passedOver('Errore: chiave API non valida\n'), false);
    assert.equal(passedOver('Error: the /api/users route timed out\n'), true);
    assert.equal(passedOver('Error: unexpected response <html><head><title>Just a moment...</title>\n'), false);
    assert.equal(passedOver('HTTPError                                 Traceback (most recent call last)\n'), false);
  });

  it('reads the line once its escapes are gone, and a line not whole yet', () => {
    assert.equal(passedOver('\x1b[31m401 Client Error: Unauthorized\x1b[0m\n'), false);
    assert.equal(passedOver('\x1b[31m500 Client Error: Server\x1b[0m\n'), true);
    const text = 'TypeError: x\n    at f (/a.js:1:1)\n';
    assert.equal(passOver(text, 0, true, UNWRAPPED) >= 0, true);
    // The stream goes on: the next line may still be the stack's.
    assert.equal(passOver(text, 0, false, UNWRAPPED), -1);
  });
});

describe('relevance: lines a terminal cut at its width', () => {
  it('reads a raise line under a frame line the terminal cut, when the exception line below states the status', () => {
    const frame = '  File "/config/custom_components/acme/agent/llm.py", line 260, in make_llm_';
    const raise = '    raise AcmeAgentError(f"LLM call returned status {response.status}")\n';
    const text = (exceptionLine: string): string => `${BELOW}${frame}\nrequest\n${raise}${exceptionLine}\n${BELOW}`;
    // The frame line's pieces read as one line (a width read joins `request` back to the line above it).
    const pieces: WrappedLines = {
      start: (t, lineStart) => (t.startsWith('request\n', lineStart) ? BELOW.length : lineStart),
      end: (t, start, nl) => (start === BELOW.length ? t.indexOf('\n', nl + 1) : nl),
    };
    const passed = (t: string): boolean => passOver(t, t.indexOf('raise'), true, pieces) >= 0;
    assert.equal(passed(text('acme.exceptions.AcmeAgentError: LLM API returned status 404: {"error":{"code":"404","message": "Resource not found"}}')), false);
    // Control: the same stack over an exception line that says nothing of access.
    assert.equal(passed(text('acme.exceptions.AcmeAgentError: the list is empty')), true);
  });

  it('reads the line below an anchor line cut right after a blank (one space at its end, as wide as a window)', () => {
    const head = 'acme_agent.exceptions.AcmeAgentError: the upstream server answered the call with status';
    assert.equal(passedOver(`${head} \n404: {"error":{"code":"404","message": "Resource not found"}}\n${BELOW}`), false);
    // Controls: the same lines without the cut's blank, and a line padded with blanks, are lines of their own.
    assert.equal(passedOver(`${head}\n404: {"error":{"code":"404","message": "Resource not found"}}\n${BELOW}`), true);
    assert.equal(passedOver(`${head}   \n404: {"error":{"code":"404","message": "Resource not found"}}\n${BELOW}`), true);
  });
});

describe('relevance: what it saves and what it keeps', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `[webpack-cli] asset main.${i}.js ${i} KiB [emitted]`).join('\n');
  const stream = (error: string): string => Array.from({ length: 50 }, () => `${filler}\n${error}\n    at f (/app/src/a.js:1:1)\n`).join('');

  it('reads no line around errors that say nothing, and reads those that do (a count)', () => {
    const read = (text: string): number => {
      const scanner = new StreamScanner();
      for (let i = 0; i < text.length; i += 4096) scanner.push(text.slice(i, i + 4096));
      scanner.flush();
      return scanner.linesRead;
    };
    assert.ok(read(stream('TypeError: Cannot read properties of undefined')) <= 10, 'passed over');
    assert.ok(read(stream('Error: 401 Unauthorized')) >= 100, 'read closely');
  });

  it('finds a failure printed right under an error it passed over', () => {
    const failure = fixture('py-openai-invalid-key-logging.txt');
    const want = verdicts(failure);
    assert.equal(want.length, 1);
    assert.deepEqual(verdicts(`TypeError: Cannot read properties of undefined\n    at f (/app/src/a.js:1:1)\n${failure}`), want);
    assert.deepEqual(
      scanText(`    AssertionError: expected 1 to equal 2\n${failure}`).map((i) => i.userFrame?.line),
      scanText(failure).map((i) => i.userFrame?.line),
    );
  });
});
