import * as assert from 'node:assert/strict';
import { located, verdicts } from '../helpers';

// Trading and finance agents, text-to-SQL tools and dataframe agents (TradingAgents, DB-GPT, WrenAI, PandasAI, LIDA…)
// as their users paste the output: shapes found in a blind held-out round (h133).

describe('held-out finance and data agents: a traceback flattened onto one line', () => {
  const vertexFrame =
    'File "/app/.venv/lib/python3.12/site-packages/litellm/llms/vertex_ai/vertex_llm_base.py", line 92, in load_auth creds, creds_project_id = google_auth.default( ^^^^^^^^^^^^^^^^^^^^ ';
  const authFrame =
    'File "/app/.venv/lib/python3.12/site-packages/google/auth/_default.py", line 719, in default raise exceptions.DefaultCredentialsError(_CLOUD_SDK_MISSING_CREDENTIALS) ';
  const openaiReport =
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***xyz.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
  const report =
    'google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.';

  it('its frames are read as frames: the wrapper path they name gives the provider', () => {
    assert.deepEqual(verdicts(`${vertexFrame}${authFrame}${report}\n`), ['google/missing-token/null/null']);
    // With its header on the same line, and a frame of the user's own code: that frame is the incident's.
    const own = 'File "/srv/app/ask.py", line 31, in answer reply = llm.invoke(q) ';
    assert.deepEqual(located(`Traceback (most recent call last): ${own}${vertexFrame}${authFrame}${report}\n`), [
      { provider: 'google', cause: 'missing-token', status: null, model: null, userFrame: '/srv/app/ask.py:31' },
    ]);
  });

  it('controls: google-auth missing credentials for another Google API, and one file named on a line, stay as they were', () => {
    // The same credentials error under a BigQuery client's frames is no AI call.
    const bigquery = 'File "/app/.venv/lib/python3.12/site-packages/google/cloud/bigquery/client.py", line 240, in __init__ super().__init__( ';
    assert.deepEqual(verdicts(`${bigquery}${authFrame}${report}\n`), []);
    // A single `File "…", line N` mention before a report, without the header, is a line naming a file: no frame read.
    assert.deepEqual(located(`worker failed at File "/srv/app/ask.py", line 31, in answer: ${openaiReport}\n`), [
      { provider: 'openai', cause: 'invalid-token', status: 401, model: null, userFrame: null },
    ]);
  });

  it('after the header one frame is enough: it is the user frame of the report that ends the line', () => {
    assert.deepEqual(located(`Traceback (most recent call last): File "/srv/app/ask.py", line 31, in answer reply = llm.invoke(q) ${openaiReport}\n`), [
      { provider: 'openai', cause: 'invalid-token', status: 401, model: null, userFrame: '/srv/app/ask.py:31' },
    ]);
  });
});

describe("held-out finance and data agents: LangChain's Gemini client naming the model Google answered NOT_FOUND for", () => {
  const call = (status: string, body: string) =>
    `ChatGoogleGenerativeAIError: Error calling model 'gemini-3-flash-preview' (${status}): ${body}\n[NOTE] During task with name 'Market Analyst'\n`;

  it('is the model the call named, refused, even when the body says nothing more', () => {
    assert.deepEqual(verdicts(call('Not Found', "404 Not Found. {'message': '', 'status': 'Not Found'}")), ['google/model-access/404/gemini-3-flash-preview']);
    assert.deepEqual(verdicts(call('NOT_FOUND', "404 NOT_FOUND. {'message': '', 'status': 'NOT_FOUND'}")), ['google/model-access/404/gemini-3-flash-preview']);
  });

  it('controls: its server error and quota answers, and the same words from another vendor, stay silent', () => {
    assert.deepEqual(verdicts(call('INTERNAL', "500 INTERNAL. {'message': '', 'status': 'INTERNAL'}")), []);
    assert.deepEqual(verdicts(call('RESOURCE_EXHAUSTED', "429 RESOURCE_EXHAUSTED. {'message': 'Resource exhausted.', 'status': 'RESOURCE_EXHAUSTED'}")), []);
    assert.deepEqual(verdicts("Error calling model 'mistral-large' (Not Found): 404 Not Found. {'message': ''}\n"), []);
  });
});

describe("held-out finance and data agents: the openai SDK's newer missing-key words after an app's own label", () => {
  const words =
    'Missing credentials. Please pass an api_key, workload_identity, admin_api_key, or set the OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable.';

  it('is a report though no class or `error` word comes with it, with its backticks or as a post ate them', () => {
    assert.deepEqual(verdicts(`分析失败: ${words}\n`), ['openai/missing-token/null/null']);
    const ticked =
      'Missing credentials. Please pass an `api_key`, `workload_identity`, `admin_api_key`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.';
    assert.deepEqual(verdicts(`Analysis failed: ${ticked}\n`), ['openai/missing-token/null/null']);
  });

  it("control: openai-node's throw site, printed above its error with the same words, is no second report", () => {
    const node = [
      '/app/node_modules/openai/client.js:234',
      "            throw new Errors.OpenAIError('Missing credentials. Please pass an `apiKey`, `workloadIdentity`, `adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.');",
      '                  ^',
      '',
      'OpenAIError: Missing credentials. Please pass an `apiKey`, `workloadIdentity`, `adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.',
      '    at new OpenAI (/app/node_modules/openai/client.js:234:19)',
      '    at main (/app/app.js:14:3)',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(node), ['openai/missing-token/null/null']);
  });

  it("controls: the same words about another tool's variables, or a CLI's own flags, stay silent", () => {
    assert.deepEqual(verdicts('Login failed: Missing credentials. Please pass a username, or set the DB_API_KEY or DB_ADMIN_KEY environment variable.\n'), []);
    assert.deepEqual(verdicts('Missing credentials. Please pass --user and --password.\n'), []);
  });
});
