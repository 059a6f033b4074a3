import * as assert from 'node:assert/strict';
import { located, verdicts } from '../helpers';

// Shapes a blind held-out round on document parsing, ingestion and personal knowledge apps
// (note apps' AI chat, paperless/bookmark taggers, PDF translators) missed.

describe('knowledge apps: OpenAI naming the path it got when the base URL lacks its version', () => {
  // A note app's Go kernel log: go-openai's status words, then the API's own `Invalid URL (…)` for
  // `/chat/completions` asked without `/v1` (a gateway base URL that drops it).
  const kernel = (path: string): string =>
    `E 2023/03/21 11:29:03 openai.go:64: create chat completion failed: error, status code: 404, message: Invalid URL (POST ${path})\n`;

  it('one of its own routes asked without the version is its wrong-path answer', () => {
    assert.deepEqual(verdicts(kernel('/chat/completions')), ['openai/destination-not-found/404/null']);
    assert.deepEqual(verdicts(kernel('/embeddings')), ['openai/destination-not-found/404/null']);
    // The versioned path keeps reading as before.
    assert.deepEqual(verdicts(kernel('/v1/chat/completions')), ['openai/destination-not-found/404/null']);
  });

  it("a copier's own prefix or a local server's route is nobody's", () => {
    // DashScope's compatible mode words its 404 the same way under its own prefix.
    assert.deepEqual(verdicts(kernel('/compatible-api/v1/embeddings')), []);
    // A local server's own route (Ollama's), and a route that only starts like one of the API's.
    assert.deepEqual(verdicts(kernel('/api/chat')), []);
    assert.deepEqual(verdicts(kernel('/chat/completions/stream')), []);
  });
});

describe("knowledge apps: a note plugin's own check for a key it was not given", () => {
  // Obsidian's developer console: the plugin's location, then its words; no class, status or `error` word.
  const consoleLines = (line: string, frames = ''): string => `plugin:copilot:87066 ${line}\n${frames}`;

  it('`<Vendor> API key is not provided …` is a missing key, whose vendor the line names', () => {
    assert.deepEqual(verdicts(consoleLines('OpenAI API key is not provided for the embedding model.')), ['openai/missing-token/null/null']);
  });

  it("a line naming no vendor, or a router serving the id, and a sentence about settings are nobody's", () => {
    assert.deepEqual(verdicts('API key is not provided for the embedding model: openai/text-embedding-3-small|openrouterai\n'), []);
    assert.deepEqual(verdicts(consoleLines('The API key is not provided by the vault settings, using defaults')), []);
  });
});

describe("knowledge apps: frames inside an Obsidian plugin are its bundle, not the user's code", () => {
  const report = (frame: string): string =>
    `plugin:copilot:87066 OpenAI API key is not provided for the embedding model.\n\nplugin:copilot:111904 Error saving vault to vector store: Error: Embedding instance not found.\n    at ${frame}\n`;

  it('a `plugin:<id>` frame is no user frame', () => {
    assert.deepEqual(
      located(report('CopilotPlugin.indexVaultToVectorStore (plugin:copilot:111934:13)')).map((i) => i.userFrame),
      [null],
    );
  });

  it("control: a file of the user's own under a folder named like a plugin stays theirs", () => {
    assert.deepEqual(
      located(report('indexVault (/home/me/vault-tools/plugin/index.js:12:5)')).map((i) => i.userFrame),
      ['/home/me/vault-tools/plugin/index.js:12'],
    );
  });
});

describe("knowledge apps: a note plugin's notice that the key it was given is invalid (h145)", () => {
  // An Obsidian plugin's notice, retyped from a screenshot: no class, status or `error` word, the vendor's
  // name spelled with a lowercase `l` for its `I`.
  const notice = (vendor: string): string => `${vendor} API key is invalid. Please doublecheck your API key in the plugin settings.\n`;

  it('reads the vendor it names, as printed or as retyped', () => {
    assert.deepEqual(verdicts(notice('OpenAI')), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(notice('OpenAl')), ['openai/invalid-token/null/null']);
  });

  it('control: another API whose name starts the same, or no vendor at all, is nobody', () => {
    // OpenAlex is a scholarly works API: no space after `OpenAl`.
    assert.deepEqual(verdicts(notice('OpenAlex')), []);
    assert.deepEqual(verdicts(notice('Your')), []);
  });
});
