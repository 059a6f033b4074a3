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

describe('held-out editor and terminal-tool reports (h130, batch 3)', () => {
  it("reads Gemini CLI's sign-in refused for an account barred by its terms, with no product name or host", () => {
    const posted =
      'Failed to sign in. Message: This service has been disabled in this account for violation of Terms of Service. Please submit an appeal to continue using this product.\n';
    assert.deepEqual(read(posted), ['google/account-disabled/null/null']);
    // Negative control: an app's own words for a setting turned off are no provider's refusal.
    assert.deepEqual(read('Failed to sign in. Message: Your session has been disabled in this account settings.\n'), []);
  });

  it("reads Codex's 401 for a model the plan lacks without its URL, once an error head precedes it", () => {
    assert.deepEqual(read('Error: unexpected status 401 Unauthorized: You are not authorized to access this model\n'), ['openai/model-access/401/null']);
    // Negative control: the same words about a repository are no model refusal.
    assert.deepEqual(read('Error: unexpected status 401 Unauthorized: You are not authorized to access this repository\n'), []);
  });

  it("reads Claude Code's refusal of an account without Claude access, once an error head precedes it", () => {
    const line = 'Error: Your account does not have access to Claude. Please login again or contact your administrator.\n';
    assert.deepEqual(read(line), ['anthropic/permission-denied/null/null']);
    // Negative control: a sentence about a plan's features is no refusal.
    assert.deepEqual(read('Error: Anthropic says your account does not have access to Claude Team features.\n'), []);
  });
});

describe('held-out editor and terminal-tool reports (h130, batch 4)', () => {
  it("keeps Claude Code's `Failed to authenticate.` silent over another vendor's body typed by a numeric code", () => {
    const relay = 'Failed to authenticate. API Error: 401 {"error":{"message":"Authentication Failed","type":"1000"}}\n';
    assert.deepEqual(read(relay), []);
    // Control: Anthropic's own body under the same words is its refusal of the key.
    const own = 'Failed to authenticate. API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n';
    assert.deepEqual(read(own), ['anthropic/invalid-token/401/null']);
  });
});
