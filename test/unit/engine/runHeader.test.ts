import * as assert from 'node:assert/strict';
import { TraceEngine } from '../../../src/core/engine';
import { verdicts } from './helpers';

// A run's own line naming the model its calls use, printed once above failures that name none
// (`Using Anthropic API with model …`, LiteLLM's `LiteLLM completion() model= …; provider = …`):
// the failures below take their model from it, when it is their provider's.

const ANTHROPIC_401 =
  "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\n";
const OPENAI_401 =
  "litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n";
const progress = (n: number): string => Array.from({ length: n }, (_, i) => `Generating idea ${i + 1}/50\n`).join('');

describe('run headers: the model a run announced above a failure that names none', () => {
  it("takes an app's `Using … with model …` line for every failure of its run below", () => {
    const header = 'Using Anthropic API with model claude-3-5-sonnet-20240620.\n';
    const run = `${header}${progress(2)}${ANTHROPIC_401}${progress(3)}${ANTHROPIC_401}`;
    assert.deepEqual(verdicts(run), Array(2).fill('anthropic/invalid-token/401/claude-3-5-sonnet-20240620'));
    // Control: the same run without its header names no model.
    assert.deepEqual(verdicts(`${progress(2)}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
  });

  it("leaves another provider's model out, and a model the failure names itself wins", () => {
    assert.deepEqual(verdicts(`Using OpenAI API with model gpt-4o.\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    // The output opening with a blank line: the look upwards ends at its top.
    assert.deepEqual(verdicts(`\nUsing OpenAI API with model gpt-4o.\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    // A run calling both: each failure takes its own provider's header, the nearest one passed over.
    const both = 'Using Anthropic API with model claude-3-5-sonnet-20240620.\nUsing OpenAI API with model gpt-4o.\n';
    assert.deepEqual(verdicts(`${both}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/claude-3-5-sonnet-20240620']);
    const named =
      "anthropic.NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-opus-latest'}}\n";
    assert.deepEqual(verdicts(`Using Anthropic API with model claude-3-5-sonnet-20240620.\n${named}`), ['anthropic/model-access/404/claude-3-opus-latest']);
  });

  it("takes a media node's `No images were generated with <model>. Details:` line above its batch error", () => {
    const batch =
      "Batch 1 error: 400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'Image generation is not available in your country.', 'status': 'FAILED_PRECONDITION'}}\n";
    assert.deepEqual(verdicts(`No images were generated with gemini-2.5-flash. Details:\n${batch}`), ['google/unsupported-region/400/gemini-2.5-flash']);
    // Controls: without the line no model; a line that is no such summary gives none either.
    assert.deepEqual(verdicts(batch), ['google/unsupported-region/400/null']);
    assert.deepEqual(verdicts(`Images were generated with gemini-2.5-flash yesterday.\n${batch}`), ['google/unsupported-region/400/null']);
  });

  it("reads LiteLLM's call line by the provider it names, whatever the id looks like", () => {
    const call = (provider: string): string => `LiteLLM completion() model= meta.llama-3.2-90b-vision-instruct; provider = ${provider}\n`;
    assert.deepEqual(verdicts(`${call('openai')}${OPENAI_401}`), ['openai/invalid-token/401/meta.llama-3.2-90b-vision-instruct']);
    assert.deepEqual(verdicts(`${call('replicate')}${OPENAI_401}`), ['openai/invalid-token/401/null']);
    // Its debug echo of the call, the provider as the id's prefix.
    const echo = "litellm.aembedding('openai/my-embedding-model', input=['hello'], api_base=None)\n";
    assert.deepEqual(verdicts(`${echo}${OPENAI_401}`), ['openai/invalid-token/401/my-embedding-model']);
  });

  it("reads the repo the Hub's CLI was asked for", () => {
    const gated = '403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.\n';
    assert.deepEqual(verdicts(`huggingface-cli download meta-llama/Llama-3.1-8B-Instruct config.json\n${gated}`), [
      'huggingface/missing-scopes/403/meta-llama/Llama-3.1-8B-Instruct',
    ]);
    assert.deepEqual(verdicts(`I tried to download meta-llama/Llama-3.1-8B-Instruct first\n${gated}`), ['huggingface/missing-scopes/403/null']);
  });

  it("reads a JSON record's model key and a CLI's `model:` setting line", () => {
    const init = '{"type":"system","subtype":"init","cwd":"/w","model":"claude-opus-4-1-20250805","permissionMode":"default"}\n';
    assert.deepEqual(verdicts(`${init}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/claude-opus-4-1-20250805']);
    const banner = 'workdir: /w\nmodel: claude-sonnet-4-5\nprovider: anthropic\n--------\n';
    assert.deepEqual(verdicts(`${banner}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/claude-sonnet-4-5']);
    // Controls: a key that is not the model's, and a setting inside a sentence.
    assert.deepEqual(verdicts(`{"type":"system","fallback_model":"claude-opus-4-1-20250805"}\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts(`I set model: claude-sonnet-4-5 in the config\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
  });

  it("reads a Minecraft bot's chat settings line by the api it names (mindcraft)", () => {
    const settings = (model: string, api: string): string => `Using chat settings: { model: '${model}', api: '${api}' }\n`;
    const missing = 'Error: API key "OPENAI_API_KEY" not found in keys.json or environment variables!\n    at getKey (file:///C:/mc/src/utils/keys.js:17:15)\n';
    assert.deepEqual(verdicts(`${settings('gpt-3.5-turbo', 'openai')}${missing}`), ['openai/missing-token/null/gpt-3.5-turbo']);
    // Controls: a local server's model (`api: 'ollama'`) is not the failing provider's, and without the line no model is named.
    assert.deepEqual(verdicts(`${settings('llama3.1:70b', 'ollama')}${missing}`), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts(missing), ['openai/missing-token/null/null']);
  });

  it("reads a CLI proxy's line before its upstream call (CLIProxyAPI's `Use OAuth … for model …`), after a logger's prefix", () => {
    const header = '[2026-06-01 10:00:00] [debug] [conductor.go:412] Use OAuth provider=codex auth_file=a.json for model gpt-5.5\n';
    assert.deepEqual(verdicts(`${header}${OPENAI_401}`), ['openai/invalid-token/401/gpt-5.5']);
    // Control: a line that only mentions a model in passing is no call's header.
    assert.deepEqual(verdicts(`Waiting for model gpt-5.5 to load\n${OPENAI_401}`), ['openai/invalid-token/401/null']);
  });

  it("reads a PR bot's line before each call of its fallback loop (PR-Agent's `Generating prediction with …`), in its JSON record too", () => {
    const failure =
      '2025-04-29 19:31:13.757 | WARNING  | pr_agent.algo.ai_handlers.litellm_ai_handler:chat_completion:276 - Error during LLM inference: ' + OPENAI_401;
    const line = (model: string): string =>
      `2025-04-29 19:31:12.001 | INFO     | pr_agent.algo.pr_processing:retry_with_fallback_models:340 - Generating prediction with ${model}\n`;
    assert.deepEqual(verdicts(`${line('gpt-4o-2024-11-20')}${failure}`), ['openai/invalid-token/401/gpt-4o-2024-11-20']);
    // Each call of the loop takes its own line; a line naming another provider's model is passed over.
    assert.deepEqual(verdicts(`${line('gpt-4o')}${failure}${line('gpt-4o-mini')}${failure}`), [
      'openai/invalid-token/401/gpt-4o',
      'openai/invalid-token/401/gpt-4o-mini',
    ]);
    assert.deepEqual(verdicts(`${line('gemini/gemini-1.5-flash')}${failure}`), ['openai/invalid-token/401/null']);
    const record = '{"text": "Generating prediction with gpt-5-2025-08-07\\n", "record": {}}\n';
    assert.deepEqual(verdicts(`${record}{"text": "Error during LLM inference: ${OPENAI_401.trimEnd().replace(/"/g, "'")}"}\n`), [
      'openai/invalid-token/401/gpt-5-2025-08-07',
    ]);
    // Control: a line that only mentions predictions names no model.
    assert.deepEqual(verdicts(`Generating predictions with care\n${OPENAI_401}`), ['openai/invalid-token/401/null']);
  });

  it('stops at a command typed between the header and the failure: that is another run', () => {
    const header = 'Using Anthropic API with model claude-3-5-sonnet-20240620.\n';
    assert.deepEqual(verdicts(`${header}$ python other.py\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts(`$ python other.py\n${header}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/claude-3-5-sonnet-20240620']);
  });

  it('looks only so far up, and finds a header that came in an earlier chunk of a stream', () => {
    const header = 'Using Anthropic API with model claude-3-5-sonnet-20240620.\n';
    const far = 'x'.repeat(70) + '\n';
    assert.deepEqual(verdicts(`${header}${far.repeat(80)}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts(`${header}${far.repeat(20)}${ANTHROPIC_401}`), ['anthropic/invalid-token/401/claude-3-5-sonnet-20240620']);
    const engine = new TraceEngine();
    const got = [header, ...progress(6).split(/(?<=\n)/), ANTHROPIC_401].flatMap((chunk) => engine.push('t', chunk, 0));
    got.push(...engine.end('t'));
    assert.deepEqual(
      got.map((i) => i.model),
      ['claude-3-5-sonnet-20240620'],
    );
    // A whole log in one chunk, much longer than the scanner's window after the failure: still read.
    const log = `${header}${ANTHROPIC_401}${far.repeat(2000)}`;
    assert.deepEqual(verdicts(log), ['anthropic/invalid-token/401/claude-3-5-sonnet-20240620']);
  });

  it("reads a refusal that names no provider as the provider its run's settings name (Codex's `provider: openai`)", () => {
    const banner = (provider: string): string => `OpenAI Codex v0.42.0 (research preview)\n--------\nmodel: gpt-5-codex\nprovider: ${provider}\n--------\n`;
    const retry = (status: string): string => `[2025-10-01T15:36:54] stream error: exceeded retry limit, last status: ${status}; retrying 1/5 in 208ms…\n`;
    assert.deepEqual(verdicts(`${banner('openai')}${retry('401 Unauthorized')}`), ['openai/invalid-token/401/gpt-5-codex']);
    // Controls: no settings above; a provider that is none of the packs; a status that is no refusal.
    assert.deepEqual(verdicts(retry('401 Unauthorized')), []);
    assert.deepEqual(verdicts(`${banner('ollama')}${retry('401 Unauthorized')}`), []);
    assert.deepEqual(verdicts(`${banner('openai')}${retry('500 Internal Server Error')}`), []);
    // A refusal naming another service's host stays silent whatever the run's settings say.
    const github = 'Error: HTTP 401: Bad credentials (https://api.github.com/graphql)\n';
    assert.deepEqual(verdicts(`${banner('openai')}${github}`), []);
  });
  it("reads `codex exec`'s capital `ERROR: exceeded retry limit, last status: 401 Unauthorized` as its run's provider", () => {
    const banner = 'OpenAI Codex v0.63.0 (research preview)\n--------\nmodel: gpt-5.1-codex-max\nprovider: openai\n--------\nuser\n2+2=?\n';
    const last = 'Reconnecting... 5/5\nERROR: exceeded retry limit, last status: 401 Unauthorized, request id: 9a4af5870a31a58e-WAW\n';
    assert.deepEqual(verdicts(`${banner}${last}`), ['openai/invalid-token/401/gpt-5.1-codex-max']);
    // Controls: the line alone names no provider; a run whose settings name none of the packs.
    assert.deepEqual(verdicts(last), []);
    assert.deepEqual(verdicts(`${banner.replace('provider: openai', 'provider: ollama')}${last}`), []);
  });

  it("takes a deployment's name from a settings block whose own line names the provider (Codex's session box); not without it", () => {
    const box = (provider: string): string =>
      `╭────────────────────────────╮\n│ ↳ workdir: ~/w              │\n│ ↳ model: team-deploy-1      │\n│ ↳ provider: ${provider}           │\n╰────────────────────────────╯\n`;
    const azure401 =
      '⚠️  OpenAI rejected the request. Error details: Status: 401, Code: 401, Type: unknown, Message: 401 Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\n';
    assert.deepEqual(verdicts(`${box('azure')}user\nhi\n${azure401}`), ['azure-openai/invalid-token/401/team-deploy-1']);
    // Controls: the box naming another provider, and no provider line at all, vouch for no id of this shape.
    assert.deepEqual(verdicts(`${box('openai')}user\nhi\n${azure401}`), ['azure-openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(`│ ↳ model: team-deploy-1      │\nuser\nhi\n${azure401}`), ['azure-openai/invalid-token/401/null']);
  });

  it("reads the model from Codex's older `/status` block (`• Name: gpt-5` under `🧠 Model`), an id of the provider's shape or vouched for by its provider line", () => {
    const status = (name: string, provider: string): string => `🧠 Model\n  • Name: ${name}\n  • Provider: ${provider}\n  • Reasoning Effort: Minimal\n\n`;
    const retry = '⚠  stream error: exceeded retry limit, last status: 401 Unauthorized; retrying 1/5 in 214ms…\n';
    assert.deepEqual(verdicts(`${status('gpt-5', 'OpenAI')}${retry}`), ['openai/invalid-token/401/gpt-5']);
    // Controls: a `• Name:` list entry over a failure of another provider's names no model of its; no provider line, no run.
    assert.deepEqual(verdicts(`  • Name: my-project\n${ANTHROPIC_401}`), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts(`  • Name: gpt-5\n${retry}`), []);
  });

  it('reads the header above a JSON log record whose stack holds the failure (pino, winston)', () => {
    const stack =
      'AuthenticationError: 401 Incorrect API key provided: sk-XXXX\n    at APIError.generate (/app/node_modules/openai/error.js:44:20)\n    at main (/app/index.js:10:5)';
    const record = `${JSON.stringify({ level: 50, time: 1, msg: 'request failed', err: { type: 'AuthenticationError', message: '401 Incorrect API key provided: sk-XXXX', stack } })}\n`;
    assert.deepEqual(verdicts(`Using OpenAI API with model gpt-4o.\n${record}`), ['openai/invalid-token/401/gpt-4o']);
    // Control: the record alone names no model.
    assert.deepEqual(verdicts(record), ['openai/invalid-token/401/null']);
  });

  it("reads an LLM scanner's `loading generator: <family>: <model>` line above a probe's failure (garak)", () => {
    const failure =
      "OpenAI API authentication failed (HTTP 401). Original error: Error code: 401 - {'error': {'message': 'Incorrect API key provided: fakekey. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error'}}\n";
    const banner = (generator: string): string => `\u{1F99C} loading generator: ${generator}\n\u{1F575}\uFE0F  queue of probes: lmrc.Bullying\n`;
    assert.deepEqual(verdicts(`${banner('OpenAI: gpt-4o')}${failure}`), ['openai/invalid-token/401/gpt-4o']);
    // Controls: without the line no model; a local server's generator names no model of the provider's.
    assert.deepEqual(verdicts(failure), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(`${banner('OpenAICompatible: lmstudio')}${failure}`), ['openai/invalid-token/401/null']);
    // Prose that mentions loading a generator is no such line.
    assert.deepEqual(verdicts(`We kept loading generator: OpenAI: gpt-4o was the plan.\n${failure}`), ['openai/invalid-token/401/null']);
  });
});
