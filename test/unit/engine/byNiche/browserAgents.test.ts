import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on output that browser agents and deep-research apps printed (the held-out round on
// browser automation and web agents): an agent's own pre-flight warning for its model's key, and
// its start-up line naming the model its steps call.

describe('browser agents: a pre-flight warning for the model key, no `error` word', () => {
  const warning = (vars: string): string => `WARNING  [agent] \u274c LLM API Key environment variables not set up for ChatAcme, missing: [${vars}]\n`;

  it('reads the warning naming an unset key variable as that provider missing its token', () => {
    assert.deepEqual(verdicts(warning("'ANTHROPIC_API_KEY'")), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts(warning("'OPENAI_API_KEY'")), ['openai/missing-token/null/null']);
  });

  it('is silent when the list names no key variable, or no list is given', () => {
    // Controls: nothing missing, a variable that is no key, and another library's setup warning.
    assert.deepEqual(verdicts(warning('')), []);
    assert.deepEqual(verdicts("WARNING  [agent] \u274c Embedding environment variables not set up, missing: ['QDRANT_URL']\n"), []);
    assert.deepEqual(verdicts("WARNING  [memory] missing: ['QDRANT_URL'] in config, using defaults\n"), []);
  });
});

describe("browser agents: the start-up line naming the steps' model", () => {
  const failure = "WARNING  [agent] \u274c LLM API Key environment variables not set up for ChatAnthropic, missing: ['ANTHROPIC_API_KEY']\n";

  it('reads the model of an agent started with main_model=, base_model= or model=', () => {
    for (const start of [
      'INFO     [agent] \u{1f9e0} Starting an agent with main_model=claude-3-5-sonnet-20240620 +vision, planner_model=None, extraction_model=None \n',
      'INFO     [browser_use.Agent] \u{1f9e0} Starting a browser-use agent 0.5.5 with base_model=claude-3-5-sonnet-20240620 +vision extraction_model=None\n',
      'INFO     [Agent] \u{1f9e0} Starting a browser-use version 0.7.7 with model=claude-3-5-sonnet-20240620\n',
    ]) {
      assert.deepEqual(verdicts(start + failure), ['anthropic/missing-token/null/claude-3-5-sonnet-20240620'], start);
    }
  });

  it('reads no model from a line that starts nothing, or names only a planner model', () => {
    // Controls: a cache line with the same `with model=`, and a planner's model alone.
    assert.deepEqual(verdicts('INFO     [cache] Loaded 12 entries with model=gpt-4o\n' + failure), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts('INFO     [agent] Starting an agent with planner_model=gpt-4o\n' + failure), ['anthropic/missing-token/null/null']);
  });
});

describe("scraping agents: LangChain's missing-key sentence under the validation error's class line", () => {
  const check = (cls: string, key: string): string =>
    `pydantic.v1.error_wrappers.ValidationError: 1 validation error for ${cls}\n__root__\n` +
    `  Did not find ${key.toLowerCase()}, please add an environment variable \`${key}\` which contains it, or pass \`${key.toLowerCase()}\` as a named parameter. (type=value_error)\n`;

  it('reads the sentence with the class line above it: the class names whose model lacks its key', () => {
    // GOOGLE_API_KEY alone is any Google API's; the class line above (`… for Gemini`) says it is the AI API's.
    assert.deepEqual(verdicts(check('Gemini', 'GOOGLE_API_KEY')), ['google/missing-token/null/null']);
    assert.deepEqual(verdicts(check('ChatGoogleGenerativeAI', 'GOOGLE_API_KEY')), ['google/missing-token/null/null']);
    // The sentence alone, a tool having printed it without the class, is still a report.
    assert.deepEqual(verdicts(check('OpenAIEmbeddings', 'OPENAI_API_KEY').split('\n').slice(2).join('\n')), ['openai/missing-token/null/null']);
  });

  it('is silent when the class is a non-AI Google API wrapper, or the shared variable stands alone', () => {
    // Controls: LangChain's Google Search wrapper with the same variable, and the sentence with no class line.
    assert.deepEqual(verdicts(check('GoogleSearchAPIWrapper', 'GOOGLE_API_KEY')), []);
    assert.deepEqual(verdicts(check('Gemini', 'GOOGLE_API_KEY').split('\n').slice(2).join('\n')), []);
  });
});

describe("crawlers: an app's failure to build its model client for a provider it names, the key missing", () => {
  const line = (provider: string, sentence: string): string =>
    `2025-08-17 00:38:35 | src.server.services.llm_provider_service | ERROR | Error creating LLM client for provider ${provider}: ${sentence}\n`;

  it('reads the provider the client was for, though the key sentence alone names an API many share', () => {
    assert.deepEqual(verdicts(line('google', 'Google API key not found')), ['google/missing-token/null/null']);
    assert.deepEqual(verdicts(line('anthropic', 'Anthropic API key is missing')), ['anthropic/missing-token/null/null']);
  });

  it('is silent for a provider id that is no pack name, or the sentence with no provider named', () => {
    // Controls: a maps provider whose id starts like a pack name, a search API's client, the bare sentence.
    assert.deepEqual(verdicts(line('google-maps', 'Google API key not found')), []);
    assert.deepEqual(verdicts(line('serpapi', 'API key not found')), []);
    assert.deepEqual(verdicts('Error: Google API key not found\n'), []);
  });
});
