import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';
import { verdicts } from '../helpers';

// Shapes read on what editor and terminal assistants print for a provider's refusal (the held-out
// round on Neovim, Emacs, Vim, Zed and shell tools): a body escaped twice inside a Lua string, a
// Vim plugin's `HTTPError 404:`, OpenAI's legacy engines URL, the `llm` CLI's plugins, Zed's words.

/** A provider's pretty-printed body as avante.nvim shows it: a JSON string inside a Lua string. */
function luaStringBody(status: number, type: string, message: string): string {
  const body = `{\\\\n  \\"error\\": {\\\\n    \\"type\\": \\"${type}\\",\\\\n    \\"message\\": \\"${message}\\"\\\\n  }\\\\n}`;
  return `Error: "API request failed with status ${status}. Body: '${body}'"\n`;
}

/** A Python REPL's traceback through the `llm` library into the plugin module given. */
function llmTrace(plugin: string, message: string): string {
  return [
    'Traceback (most recent call last):',
    '  File "<stdin>", line 1, in <module>',
    '  File "/home/u/.venv/lib/python3.11/site-packages/llm/models.py", line 438, in __iter__',
    '    for chunk in self.model.execute(',
    `  File "/home/u/.venv/lib/python3.11/site-packages/${plugin}", line 291, in execute`,
    '    raise llm.ModelError(event["error"]["message"])',
    `llm.errors.ModelError: ${message}`,
    '',
  ].join('\n');
}

describe('editor and terminal assistants: their own words around a provider refusal', () => {
  it('a body escaped twice (a JSON string inside a Lua string) reads as the body', () => {
    assert.deepEqual(verdicts(luaStringBody(403, 'forbidden', 'Request not allowed')), ['anthropic/unsupported-region/403/null']);
    // Escaped once, quotes left as they are: the same refusal.
    const once =
      'Error: API request failed with status 403. Body: {\\n  "error": {\\n    "type": "forbidden",\\n    "message": "Request not allowed"\\n  }\\n}\n';
    assert.deepEqual(verdicts(once), ['anthropic/unsupported-region/403/null']);
    // Control: the same escaping around a rate limit is no access problem.
    assert.deepEqual(verdicts(luaStringBody(429, 'rate_limit_error', 'Number of requests has exceeded your rate limit')), []);
  });

  it("a class glued to its status (vim-ai's `HTTPError 404:`) states the status", () => {
    assert.equal(statusFrom('OpenAI: HTTPError 404: The model `gpt-4` does not exist'), 404);
    assert.deepEqual(verdicts('OpenAI: HTTPError 404: The model `gpt-4` does not exist or you do not have access to it.\n'), ['openai/model-access/404/gpt-4']);
    // Control: a server error in the same shape is no access problem.
    assert.equal(statusFrom('OpenAI: HTTPError 503: Service Unavailable'), 503);
    assert.deepEqual(verdicts('OpenAI: HTTPError 503: The server had an error while processing your request.\n'), []);
  });

  it("OpenAI's legacy engines URL names the model the call used", () => {
    const url = (path: string) => `[error] request--callback: peculiar error: 401\n[error] request-default-error-callback: https://api.openai.com/v1/${path}\n`;
    assert.deepEqual(verdicts(url('engines/davinci/completions')), ['openai/invalid-token/401/davinci']);
    // Control: the engines list names none.
    assert.deepEqual(verdicts(url('engines')), ['openai/invalid-token/401/null']);
  });

  it("the llm CLI's plugin module names the provider behind `llm.errors.ModelError`", () => {
    const got = scanText(llmTrace('llm_gemini.py', 'API key not valid. Please pass a valid API key.'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['google/invalid-token/null'],
    );
    assert.deepEqual(got[0].userFrame, { file: '<stdin>', line: 1, function: '<module>' });
    // Control: a plugin for a service none of the packs is (Ollama) called that service.
    assert.deepEqual(verdicts(llmTrace('llm_ollama.py', 'API key not valid. Please pass a valid API key.')), []);
    // Control: without a plugin naming it, Google's words alone are every Google API's.
    assert.deepEqual(verdicts('llm.errors.ModelError: API key not valid. Please pass a valid API key.\n'), []);
  });

  it("Zed's words name the provider that answered, the packs' or another's", () => {
    // Under its panel heading (the `Error` anchor; the line alone says no word the scanner looks for).
    assert.deepEqual(verdicts('Error interacting with language model Failed to connect to Mistral API: 401 Unauthorized {"detail":"Unauthorized"}\n'), [
      'mistral/invalid-token/401/null',
    ]);
    assert.deepEqual(
      verdicts('Invalid API Key\nThe API key for Anthropic is invalid or has expired. Update your key via the Agent Panel settings to continue.\n'),
      ['anthropic/invalid-token/null/null'],
    );
    // Controls: another vendor in the same words, and a graphics API's version in a log.
    assert.deepEqual(verdicts('Error interacting with language model Failed to connect to Ollama API: 401 Unauthorized unauthorized\n'), []);
    assert.deepEqual(verdicts('The API key for Ollama is invalid or has expired.\n'), []);
    assert.deepEqual(verdicts('INFO  [gpui] Vulkan API: 1.3.275, OpenGL API: 4.6 (Core Profile)\n'), []);
  });

  it("Continue's refusal to send a request whose key is unset names the provider whose key is missing", () => {
    for (const file of ['config.yaml', 'config.json']) {
      assert.deepEqual(verdicts(`Request not sent. You have an Anthropic model configured in your ${file}, but the API key is not set.\n`), [
        'anthropic/missing-token/null/null',
      ]);
    }
    // Controls: a vendor none of the packs is, and another app's own key in the same words.
    assert.deepEqual(verdicts('Request not sent. You have an Ollama model configured in your config.yaml, but the API key is not set.\n'), []);
    assert.deepEqual(
      verdicts('RuntimeError: Jina is enabled but the API key is not set. Please configure it in config.yaml or set the JINA_API_KEY environment variable.\n'),
      [],
    );
  });

  it("OpenAI's bare 404 from an endpoint that exists is a model this key cannot use", () => {
    const line = (url: string) => `HTTPError: 404 Client Error: Not Found for url: ${url}\n`;
    assert.deepEqual(verdicts(line('https://api.openai.com/v1/chat/completions')), ['openai/model-access/404/null']);
    // Control: a 404 for a file the account does not have is no model refusal.
    assert.deepEqual(verdicts(line('https://api.openai.com/v1/files/file-abc123')), []);
  });

  it('a shell command with a model flag right above the error names the model', () => {
    const session = (command: string, between = ['# (...)']) =>
      [command, ...between, 'HTTPError: 404 Client Error: Not Found for url: https://api.openai.com/v1/chat/completions', ''].join('\n');
    assert.deepEqual(verdicts(session('$ sgpt --model gpt-4  "colours of rainbow"')), ['openai/model-access/404/gpt-4']);
    assert.deepEqual(verdicts(session('% llm -m gpt-4o "hi"')), ['openai/model-access/404/gpt-4o']);
    // Controls: a tool's alias in no shape of the provider's ids, a later command that passed none,
    // and a command too far above.
    assert.deepEqual(verdicts(session('$ mods -m mixtral "hi"')), ['openai/model-access/404/null']);
    assert.deepEqual(verdicts(session('$ sgpt --model gpt-4 "a"', ['ok', '$ sgpt "b"'])), ['openai/model-access/404/null']);
    assert.deepEqual(verdicts(session('$ sgpt --model gpt-4 "a"', ['one', 'two', 'three', 'four'])), ['openai/model-access/404/null']);
  });

  it("a command's model flag with the provider's own router prefix names the provider's id", () => {
    const session = (command: string) => [command, 'HTTPError: 404 Client Error: Not Found for url: https://api.openai.com/v1/chat/completions', ''].join('\n');
    assert.deepEqual(verdicts(session('% llm -m openai/o3 hi')), ['openai/model-access/404/o3']);
    // Controls: another router's prefix is no id of this provider's, and a prefix alone leaves no id of its shapes.
    assert.deepEqual(verdicts(session('% llm -m openrouter/o3 hi')), ['openai/model-access/404/null']);
    assert.deepEqual(verdicts(session('% llm -m openai/mixtral hi')), ['openai/model-access/404/null']);
  });

  it('a report a popup wrapped right after its status goes on with the reason phrase', () => {
    const popup = (reason: string) =>
      [
        'OpenAI Error',
        'LlmRunner error: Request failed with status: 401',
        `${reason}, the error: You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.`,
        '',
      ].join('\n');
    assert.deepEqual(verdicts(popup('Unauthorized')), ['openai/missing-token/401/null']);
    // Control: a line that is not the status's reason phrase is a report of its own (no status).
    assert.deepEqual(verdicts(popup('Hint')), ['openai/missing-token/null/null']);
  });
});
