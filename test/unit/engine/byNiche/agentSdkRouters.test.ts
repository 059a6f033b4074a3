import * as assert from 'node:assert/strict';
import { scanText, toScanRecord } from '../../../../src/core/engine';

// Agent frameworks' own lines around a provider's refusal (Mastra's model router, Agno's console, ADK's google-genai
// errors as posts hard-wrap them).
describe('agent SDKs: router and console shapes', () => {
  it("reads a model router's missing key by the variable it names and the id's model; an unknown vendor's stays silent", () => {
    const got = scanText('Error: Could not find API key process.env.GOOGLE_GENERATIVE_AI_API_KEY for model id google/gemini-2.5-flash\n').map(toScanRecord);
    assert.deepEqual(
      got.map((i) => [i.provider, i.cause, i.status, i.model]),
      [['google', 'missing-token', null, 'gemini-2.5-flash']],
    );
    assert.deepEqual(scanText('Error: Could not find API key process.env.ACME_API_KEY for model id acme/x-1\n'), []);
    // The variable named in a setup note is no failure.
    assert.deepEqual(scanText('Set GOOGLE_GENERATIVE_AI_API_KEY in your .env file before running the agent.\n'), []);
  });

  it("takes the model a browser agent's own key refusal names (`Invalid API key for <router id>`); a vendor's name is no id", () => {
    assert.deepEqual(
      scanText('InvalidAPIKeyError: Invalid API key for gemini/gemini-2.5-flash\n').map((i) => [i.provider, i.cause, i.model]),
      [['google', 'invalid-token', 'gemini/gemini-2.5-flash']],
    );
    // Control: the provider's name after `for`, no digit: no model.
    assert.deepEqual(
      scanText('InvalidAPIKeyError: Invalid API key for Gemini\n').map((i) => [i.provider, i.cause, i.model]),
      [['google', 'invalid-token', null]],
    );
  });

  it("joins google-genai's status head to the message a post hard-wrapped below it; a quota's stays silent", () => {
    const wrapped = [
      'google.genai.errors.ClientError: 404 NOT_FOUND.',
      'Publisher Model `projects/p-1/locations/europe-west1',
      '/publishers/google/models/gemini-2.0-flash` was not found or your project',
      'does not have access to it.',
    ].join('\n');
    assert.deepEqual(
      scanText(`${wrapped}\n`).map((i) => [i.provider, i.cause, i.status, i.model]),
      [['google', 'model-access', 404, 'gemini-2.0-flash']],
    );
    const quota = [
      'google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED.',
      'You exceeded your current quota, please check your plan and billing details.',
    ].join('\n');
    assert.deepEqual(scanText(`${quota}\n`), []);
  });

  it("takes a Publisher Model's id when a wrap glued the refusal's next word to it or a post elided its path", () => {
    const glued = [
      "google.genai.errors.ClientError: 404 NOT_FOUND. 'Publisher Model",
      'projects/p-1/locations/europe-west4/publishers/google/models/gemini-3-flash-preview',
      "was not found or your project does not have access to it.'",
    ].join('\n');
    assert.deepEqual(
      scanText(`${glued}\n`).map((i) => [i.cause, i.status, i.model]),
      [['model-access', 404, 'gemini-3-flash-preview']],
    );
    const elided =
      "google.genai.errors.ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'Publisher Model `.../models/gemini-2.5-flash-lite` was not found...'}}";
    assert.deepEqual(
      scanText(`${elided}\n`).map((i) => [i.cause, i.model]),
      [['model-access', 'gemini-2.5-flash-lite']],
    );
    // Control: the path printed whole, the space kept.
    const whole =
      "google.genai.errors.ClientError: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'Publisher Model `projects/p-1/locations/us-central1/publishers/google/models/gemini-1.5-pro-002` was not found or your project does not have access to it.'}}";
    assert.deepEqual(
      scanText(`${whole}\n`).map((i) => i.model),
      ['gemini-1.5-pro-002'],
    );
  });

  it("drops a refusal whose retry line below names another vendor's client; the same lines naming the provider's own are read", () => {
    const agno = (client: string, message: string): string =>
      [`WARNING  Attempt 1/1 failed: ${message}`, `ERROR    Failed after 1 attempts. Last error using ${client}`, ''].join('\n');
    assert.deepEqual(scanText(agno('Qwen(qwen-plus)', 'Incorrect API key provided.')), []);
    assert.deepEqual(scanText(agno('DeepSeek(deepseek-chat)', 'Incorrect API key provided.')), []);
    const own = agno(
      'OpenAIChat(gpt-4o)',
      'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
    );
    assert.deepEqual(
      scanText(own).map((i) => [i.provider, i.cause, i.model]),
      [['openai', 'invalid-token', 'gpt-4o']],
    );
  });

  it("reads DashScope's bare sentence restated after a colon on a padded console line as no OpenAI refusal; OpenAI's own stays read", () => {
    const pad = ' '.repeat(40);
    assert.deepEqual(scanText(`WARNING  Attempt 1/1 failed: Incorrect API key provided. ${pad}\n`), []);
    const openai = `WARNING  Attempt 1/1 failed: Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.${pad}\n`;
    assert.deepEqual(
      scanText(openai).map((i) => [i.provider, i.cause]),
      [['openai', 'invalid-token']],
    );
  });
});
