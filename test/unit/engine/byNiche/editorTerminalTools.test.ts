import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// Editors outside VS Code and terminal AI tools printing a refusal in their own words, with no `error` word or
// class around it (held-out round h130).
describe('held-out editor and terminal-tool reports (h130)', () => {
  it("reads a terminal tool's own `<Vendor> API key is missing!` check as a missing key", () => {
    const posted = "OpenAI API key is missing!\nPlease install the chatbot api key first with 'terminalgpt install' command.\n";
    assert.deepEqual(read(posted), ['openai/missing-token/null/null']);
    // Negative control: the same words for a vendor that is none of the providers stay silent.
    assert.deepEqual(read("Acme API key is missing!\nPlease install the chatbot api key first with 'acme install' command.\n"), []);
  });

  it("reads a CLI's `No <Vendor> API key found` under its `…: HTTP 401` line, taking the status from that line", () => {
    const posted =
      'Failed to fetch models: HTTP 401\nNo OpenAI API key found. Please run fabric --setup and add the key if you\nwish to interact with openai\n';
    assert.deepEqual(read(posted), ['openai/missing-token/401/null']);
    assert.deepEqual(read('No OpenAI API key found. Please run fabric --setup\n'), ['openai/missing-token/null/null']);
    // Negative control: a line saying the key was found is no report.
    assert.deepEqual(read('OpenAI API key found in environment, using it\n'), []);
  });

  it("reads OpenAI's older unknown-model sentence after a plugin's label in capitals (no lowercase `error`)", () => {
    assert.deepEqual(read('53 // API ERROR: The model: `code-davinci-001` does not exist\n'), ['openai/model-access/null/code-davinci-001']);
    // Negative controls: a file that does not exist, and a local server's model id, are no OpenAI refusal.
    assert.deepEqual(read('ERROR: The file `config.yaml` does not exist\n'), []);
    assert.deepEqual(read('API ERROR: The model: `llama3:8b` does not exist\n'), []);
  });

  it("reads Anthropic's refusal of a withdrawn model by display name, with or without a body", () => {
    const short =
      'API Error: 400 tools.16.model: Claude Fable 5 is not available. Please use Opus 4.8. Learn more: https://www.anthropic.com/news/fable-mythos-access\n';
    assert.deepEqual(read(short), ['anthropic/model-access/400/null']);
    assert.deepEqual(read('API Error: 404 Claude Fable 5 is not available. Please use Opus 4.8.\n'), ['anthropic/model-access/404/null']);
    // Negative control: a model not offered in a cloud region, the advice naming a region, is no account refusal.
    assert.deepEqual(read('Error: Claude 3 Opus is not available on Bedrock in eu-west-3. Please use us-east-1.\n'), []);
  });

  it("reads a JetBrains plugin's `Open AI token is not valid (401)` check, the status in its parentheses", () => {
    assert.deepEqual(read('Open AI token is not valid (401) or Open AI token is not valid (Unknown)\n'), ['openai/invalid-token/401/null']);
    assert.deepEqual(read('Error: OpenAI API key is not valid (401)\n'), ['openai/invalid-token/401/null']);
    // Negative controls: no vendor named, and a session token in an app's own words.
    assert.deepEqual(read('Acme token is not valid (401)\n'), []);
    assert.deepEqual(read('The session token is not valid anymore, please log in again\n'), []);
  });
});
