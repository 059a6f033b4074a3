import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { statusFrom } from '../../../../src/core/parse/frames';
import { verdicts } from '../helpers';

// Shapes read on output that coding agents, IDE extensions and chat servers printed for a provider's
// refusal (the held-out round on tool output): Gemini Code Assist's body under a tool's localised
// caption, a hand-spaced `"code" : 403`.

/** Google's PERMISSION_DENIED body, unindented as Kilo Code prints it, for the service given. */
function permissionDenied(service: string): string {
  return [
    'Gemini CLI API 错误：[{',
    '"error": {',
    '"code": 403,',
    '"message": "Permission denied on resource project default.",',
    '"status": "PERMISSION_DENIED",',
    '"details": [',
    '{',
    '"@type": "type.googleapis.com/google.rpc.ErrorInfo",',
    '"reason": "CONSUMER_INVALID",',
    '"domain": "googleapis.com",',
    '"metadata": {',
    `"service": "${service}",`,
    '"consumer": "projects/default"',
    '}',
    '}',
    ']',
    '}',
    '}',
    ']',
    '',
  ].join('\n');
}

describe('tool shapes: Google services behind AI tools', () => {
  it("Gemini Code Assist's service (Gemini CLI's sign-in) is Google's AI API, under any caption", () => {
    assert.deepEqual(verdicts(permissionDenied('cloudaicompanion.googleapis.com')), ['google/permission-denied/403/null']);
    // Control: the same refusal from a Google API that is no AI service.
    assert.deepEqual(verdicts(permissionDenied('storage.googleapis.com')), []);
  });
});

describe('tool shapes: statuses in hand-spaced bodies', () => {
  it('reads `"code" : 403` with a space before the colon, and no word code', () => {
    assert.equal(statusFrom('[API Error: [{ "error" : { "code" : 403, "message" : "denied" } }]]'), 403);
    assert.equal(statusFrom(`{ "error" : { "code" : "401", "message" : "x" } }`), 401);
    // Controls: a word code, a four-digit one.
    assert.equal(statusFrom('{ "error" : { "code" : "invalid_api_key" } }'), null);
    assert.equal(statusFrom('{ "error" : { "code" : 1002 } }'), null);
  });
});

describe("tool shapes: a status in a tool's own sentence", () => {
  const VERIFY =
    'Your organization must be verified to use the model `o3`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.';

  it("openai-node's `404 Your organization …` after `Error handling request` keeps its status", () => {
    assert.deepEqual(verdicts(`2025-05-12 06:33:23 error: [AskController] Error handling request 404 ${VERIFY}\n`), [
      'openai/org-verification-required/404/o3',
    ]);
    // Control: a number after `request` that no capitalised message follows is no status.
    assert.deepEqual(verdicts(`2025-05-12 06:33:23 error: [AskController] Error handling request 404 times: ${VERIFY}\n`), [
      'openai/org-verification-required/null/o3',
    ]);
  });
});

describe("tool shapes: huggingface_hub's head inside a wrapped log record", () => {
  const record = (head: string): string =>
    [
      `18:57:53-195282 ERROR    Load model: repo="black-forest-labs/FLUX.1-dev" login=True ${head} (Request ID:  `,
      '                         Root=1-687696a1-3f66c2915b2296982727aed2;b08e9476-dba2-42d6-b24a-18232fe32042)             ',
      '                                                                                                                    ',
      '                         Cannot access gated repo for url                                                           ',
      '                         https://huggingface.co/api/models/black-forest-labs/FLUX.1-dev/auth-check.                 ',
      '                         Access to model black-forest-labs/FLUX.1-dev is restricted. You must have access to it and ',
      '                         be authenticated to access it. Please log in.                                              ',
      '',
    ].join('\n');

  it('the paragraph below the blank line is the same report, so the status is kept', () => {
    assert.deepEqual(verdicts(record('401 Client Error.')), ['huggingface/gated-repo/401/black-forest-labs/FLUX.1-dev']);
    // Control: a record whose head is no HTTP client error does not take the paragraph below.
    assert.deepEqual(verdicts(record('retrying download.')), ['huggingface/gated-repo/null/black-forest-labs/FLUX.1-dev']);
  });
});

describe("tool shapes: an IDE extension's report fields above the provider's words", () => {
  /** Continue's "Error Details" as its report prints them, with the error output below a blank line. */
  const report = (model: string, provider: string, status: string, output: string): string =>
    [`Model: ${model}`, `Provider: ${provider}`, `Status Code: ${status}`, '', output, ''].join('\n');

  it('the Provider field names the provider whose words another copies (Groq in OpenAI wording)', () => {
    assert.deepEqual(verdicts(report('Llama3.1 405b Chat (1)', 'groq', '401', '401 Invalid API Key')), ['groq/invalid-token/401/null']);
    const incorrect =
      '{"message":"Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","code":"invalid_api_key"}';
    assert.deepEqual(verdicts(report('o3', 'openai', '401', incorrect)), ['openai/invalid-token/401/o3']);
    // Controls: the same output without the fields names no status, and a bare refusal no provider.
    assert.deepEqual(verdicts(`${incorrect}\n`), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts('401 Unauthorized\n'), []);
  });

  it('the Status Code field gives the status; the Model field is the model only in an id’s shape', () => {
    const notFound = '{"type":"not_found_error","message":"model: claude-3.5-sonnet"}';
    assert.deepEqual(verdicts(report('Claude 4.5 Opus', 'anthropic', '404', notFound)), ['anthropic/model-access/404/claude-3.5-sonnet']);
    const noKey =
      "401 You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from https://platform.openai.com/account/api-keys.";
    // Control: a title with spaces is no model id.
    assert.deepEqual(verdicts(report('Gemini 3 Pro', 'openai', '401', noKey)), ['openai/missing-token/401/null']);
  });

  it('field lines without a Status Code field are no report', () => {
    const lines = ['Model: gpt-4o with diff edit format', 'Provider: openai', '', '401 Unauthorized', ''].join('\n');
    assert.deepEqual(verdicts(lines), []);
    // Control: with its Status Code field the same lines are a report.
    const report = ['Model: gpt-4o', 'Provider: openai', 'Status Code: 401', '', '401 Unauthorized', ''].join('\n');
    assert.deepEqual(verdicts(report), ['openai/invalid-token/401/gpt-4o']);
  });

  it('a report pasted as its Markdown source keeps its fields over the fenced output', () => {
    const markdown = (between: string[]): string =>
      [
        '**Error Details**',
        '',
        'Model: Llama3.1 405b Chat (1)',
        'Provider: groq',
        'Status Code: 404',
        '',
        ...between,
        '404 The model `llama3.1-405b` does not exist or you do not have access to it.',
        '```',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(markdown(['**Error Output**', '```'])), ['groq/model-access/404/llama3.1-405b']);
    // Control: other words between the fields and the output part them (OpenAI's words alone then).
    assert.deepEqual(verdicts(markdown(['**Steps to reproduce**', '```'])), ['openai/model-access/404/llama3.1-405b']);
  });
});

describe("tool shapes: a gateway's words for a path it does not serve, and a proxy's model group", () => {
  it("Mistral's `no Route matched` under Guzzle 7's backticked line is a wrong destination", () => {
    const guzzle = (host: string): string =>
      [
        `Failed to load models: API request error: Client error: \`GET https://${host}/v1/chat/models\` resulted in a \`404 Not Found\` response:`,
        '{',
        '"message":"no Route matched with those values",',
        '"request_id":"4e66bb7fa0db6457e2b7e7d17e5b2875e"',
        '}',
        '',
      ].join('\n');
    assert.deepEqual(verdicts(guzzle('api.mistral.ai')), ['mistral/destination-not-found/404/null']);
    // Control: the same gateway words from a host that is no provider's.
    assert.deepEqual(verdicts(guzzle('api.example.com')), []);
  });

  it("LiteLLM proxy's `Received Model Group=` names the model when the provider's words name none", () => {
    const line = (group: string): string =>
      `500: litellm.AuthenticationError: AzureException AuthenticationError - Access denied due to invalid subscription key or wrong API endpoint.. Received Model Group=${group} Available Model Group Fallbacks=None\n`;
    assert.deepEqual(verdicts(line('whisper')), ['azure-openai/invalid-token/401/whisper']);
    // Control: a group that is no id (an empty one) names none.
    assert.deepEqual(verdicts(line('')), ['azure-openai/invalid-token/401/null']);
  });
});

describe('tool shapes: refusals quoted bare in a chat app or a post', () => {
  it("Gemini's region refusal alone, also as `400: …`, is read", () => {
    assert.deepEqual(verdicts('400 User location is not supported for the API use.\n'), ['google/unsupported-region/400/null']);
    assert.deepEqual(verdicts('400: User location is not supported for the API use without a billing account linked.\n'), [
      'google/unsupported-region/400/null',
    ]);
    // Control: the words `API use` alone are no report.
    assert.deepEqual(verdicts('400 requests served; see the API use policy.\n'), []);
  });

  it("Anthropic's disabled organization in Claude Code's short form, and wrapped under an indent", () => {
    assert.deepEqual(verdicts('API Error: 400 This organization has been disabled.\n'), ['anthropic/account-disabled/400/null']);
    const wrapped = [
      'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"This ',
      '    organization has been disabled."},"request_id":"req_011CU1szzTQAVLiNTCsGd1Mb"}',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(wrapped), ['anthropic/account-disabled/400/null']);
    // Control: another sentence in the same short form names no provider.
    assert.deepEqual(verdicts('API Error: 400 This project has been archived.\n'), []);
  });

  it('a quoted `404 The model …` keeps its status, and a quota line below it is another answer', () => {
    const refusal = 'it is showing "404 The model `gpt-4o` does not exist or you do not have access to it."  or, ';
    const quota = '"429 You exceeded your current quota, please check your plan and billing details."';
    assert.deepEqual(verdicts(`${refusal}\n${quota}\n`), ['openai/model-access/404/gpt-4o']);
    // Control: the quota line alone is no incident.
    assert.deepEqual(verdicts(`${quota}\n`), []);
  });

  it('a `code Sentence` line below a `code Sentence` report is another answer (chatgpt-demo)', () => {
    const refusal = 'gpt-4o模型错误：model_not_found The model `gpt-4o` does not exist or you do not have access to it. ';
    const quota = 'insufficient_quota You exceeded your current quota, please check your plan and billing details.';
    assert.deepEqual(verdicts(`${refusal}\n我把OPENAI_API_MODEL=gpt-3.5-turbo再次发送显示\n${quota}\n`), ['openai/model-access/null/gpt-4o']);
    // Control: the quota line alone is no incident, nor the quota line under a report whose head it continues.
    assert.deepEqual(verdicts(`${quota}\n`), []);
    assert.deepEqual(verdicts(`Error: The model \`gpt-4o\` does not exist or you do not have access to it. ${quota}\n`), []);
  });

  it("openai-python 0.x's logfmt line for a failed call is read", () => {
    const line = (message: string): string =>
      `openai: error_code=PermissionDenied error_message='${message}' error_param=None error_type=None message='OpenAI API error received' stream_error=False\n`;
    assert.deepEqual(verdicts(line('Principal does not have access to API/Operation.')), ['azure-openai/principal-no-access/null/null']);
    // Control: a rate limit in the same line is no incident.
    assert.deepEqual(verdicts(line('Rate limit reached for requests')), []);
  });

  it("a tool's JSON `<Vendor> API key is required` (Cline's check before any request) is that vendor's missing key", () => {
    const cline = (vendor: string, model: string): string => `{"message":"${vendor} API key is required","modelId":"${model}","providerId":"litellm"}\n`;
    assert.deepEqual(verdicts(cline('Anthropic', 'claude-sonnet-4-5-20250929')), ['anthropic/missing-token/null/claude-sonnet-4-5-20250929']);
    // Controls: a vendor none of the packs, and a key said to be valid.
    assert.deepEqual(verdicts(cline('DeepSeek', 'deepseek-chat')), []);
    assert.deepEqual(verdicts('{"message":"Anthropic API key is valid","modelId":"claude-sonnet-4-5-20250929"}\n'), []);
  });

  it("Google's key-restriction message quoted bare is read for the Generative Language API only", () => {
    const blocked = (api: string): string =>
      `Generative AI Error: Requests to this API ${api} method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.\n`;
    assert.deepEqual(verdicts(blocked('generativelanguage.googleapis.com')), ['google/key-restricted/null/null']);
    // Control: the same words for another Google API.
    assert.deepEqual(verdicts('Error: Requests to this API maps.googleapis.com method google.maps.places.v1.Places.SearchText are blocked.\n'), []);
  });
});

describe('tool shapes: report fields over output that says no error, and more statuses and refusals', () => {
  const report = (model: string, provider: string, status: string, output: string): string =>
    [`Model: ${model}`, `Provider: ${provider}`, `Status Code: ${status}`, '', output, ''].join('\n');

  it("the `Status Code:` field is an anchor: Anthropic's inner forbidden object under it is read", () => {
    const inner = '{"type":"forbidden","message":"Request not allowed"}';
    assert.deepEqual(verdicts(report('Claude 3.7 Sonnet', 'anthropic', '403', inner)), ['anthropic/unsupported-region/403/null']);
    // Control: the object alone is no report.
    assert.deepEqual(verdicts(`${inner}\n`), []);
  });

  it('a display title in the Model field (`GPT-5.2`) is no model id', () => {
    const incorrect =
      '{"message":"Incorrect API key provided: sk-...1JMA. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","code":"invalid_api_key"}';
    assert.deepEqual(verdicts(report('GPT-5.2', 'openai', '401', incorrect)), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(report('gpt-5.2', 'openai', '401', incorrect)), ['openai/invalid-token/401/gpt-5.2']);
  });

  it("a Go bot's `code is 401` gives the status", () => {
    const line = (words: string): string =>
      `gtp request error: ${words} ,details:  {"error": {"message": "Incorrect API key provided: api key. You can find your API key at https://beta.openai.com.", "code": "invalid_api_key"}}\n`;
    assert.deepEqual(verdicts(line('status code not equals 200,code is 401')), ['openai/invalid-token/401/null']);
    // Control: a code that is no HTTP status.
    assert.deepEqual(verdicts(line('status code not equals 200,code is 7')), ['openai/invalid-token/null/null']);
  });

  it("the ChatGPT-plan backend's `Model not found <id>` (Codex) is OpenAI's refusal", () => {
    const codex =
      'unexpected status 404 Not Found: Model not found gpt-5.4, url: https://chatgpt.com/backend-api/codex/responses, cf-ray: 9ef8d6c30b311739-SJC\n';
    assert.deepEqual(verdicts(codex), ['openai/model-access/404/gpt-5.4']);
    // Control: another gateway's `Model not found` (Kilo's own) names no provider.
    assert.deepEqual(verdicts('Model not found: kilo/kilo-auto/free.\n{\n  "name": "UnknownError"\n}\n'), []);
  });

  it("the ChatGPT-plan backend's 401 for a model the plan lacks is model access, not a bad key", () => {
    const codex = (words: string): string =>
      `unexpected status 401 Unauthorized: ${words}, url: https://chatgpt.com/backend-api/codex/responses, cf-ray: a38f956629a13449-DFW\n`;
    assert.deepEqual(verdicts(codex('You are not authorized to access this model.')), ['openai/model-access/401/null']);
    // Control: the same backend's bare 401 is the sign-in's.
    assert.deepEqual(verdicts(codex('{"detail":"Unauthorized"}')), ['openai/invalid-token/401/null']);
  });

  it("Codex's status head with its message on the next line gives the report its status", () => {
    const scopes =
      'You have insufficient permissions for this operation. Missing scopes: api.responses.write.\nCheck that you have the correct role, url: http://127.0.0.1:4444/v1/responses\n';
    assert.deepEqual(verdicts(`unexpected status 401 Unauthorized:\n${scopes}`), ['openai/missing-scopes/401/null']);
    // Control: an unrelated line above states no status.
    assert.deepEqual(verdicts(`reconnecting to the proxy:\n${scopes}`), ['openai/missing-scopes/null/null']);
  });
});

describe('tool shapes: a status line wrapped before its URL, and Vertex AI partner-model words', () => {
  it("reads Codex's `…, url:` head with the URL on the next line as one report", () => {
    const url = 'https://chatgpt.com/backend-api/codex/responses/compact, cf-ray: 9ef4e6b21dfa247e-EWR\n';
    assert.deepEqual(verdicts(`Error running remote compact task: unexpected status 403 Forbidden: Unknown error, url:\n${url}`), [
      'openai/permission-denied/403/null',
    ]);
    // Control: a line above that states no status is no head for the URL.
    assert.deepEqual(verdicts(`See the request log, url:\n${url}`), []);
  });

  it("reads Vertex AI's data-sharing refusal of a partner model as Google's model access", () => {
    const body = (message: string): string => `⏺ API Error: 403 [{"error":{"code":403,"message":"${message}","status":"PERMISSION_DENIED"}}]\n`;
    const vertex =
      "Access to this model requires data sharing to be enabled for publisher 'anthropic'. Please set `PublisherModelConfig.data_sharing_enabled_provider` to 'anthropic' via the setPublisherModelConfig API to use this model.";
    assert.deepEqual(verdicts(body(vertex)), ['google/model-access/403/null']);
    // Control: the same 403 body in words any Google API sends names no AI service.
    assert.deepEqual(verdicts(body('The caller does not have permission')), []);
  });
});

describe("tool shapes: Code Assist's account barred for its terms, in Gemini CLI's frame", () => {
  const frame = (message: string): string =>
    `✕ [API Error: [{\n    "error": {\n      "code": 403,\n      "message": "${message}",\n      "status": "PERMISSION_DENIED"\n    }\n  }\n  ]]\n`;

  it('reads `This service has been disabled in this account for violation of Terms` as the account disabled', () => {
    assert.deepEqual(verdicts(frame('This service has been disabled in this account for violation of Terms of\\n\\t\\tService.')), [
      'google/account-disabled/403/null',
    ]);
    // Control: the same frame with the generic words is a plain permission refusal.
    assert.deepEqual(verdicts(frame('The caller does not have permission')), ['google/permission-denied/403/null']);
  });
});

describe("tool shapes: a client's reason phrase where the status goes", () => {
  it('`HTTP status code: Unauthorized | Response body: {…}` states 401', () => {
    const body =
      '{ "error": { "code": "invalid_api_key", "message": "Incorrect API key provided: sk-5dfb6****6dc8. You can find your API key at https://platform.openai.com/account/api-keys." } }';
    assert.deepEqual(verdicts(`'DeserializeResponseAsync Failed! HTTP status code: Unauthorized | Response body: ${body}\n`), [
      'openai/invalid-token/401/null',
    ]);
    // Control: a reason phrase elsewhere in the words states nothing.
    assert.deepEqual(verdicts(`'DeserializeResponseAsync Failed! Unauthorized callers are logged | Response body: ${body}\n`), [
      'openai/invalid-token/null/null',
    ]);
  });
});

describe('tool shapes: report fields above a traceback', () => {
  it('the traceback below the fields is read as one, with its frames', () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "/home/me/app.py", line 7, in main',
      '    client.chat.completions.create(model="gpt-4o", messages=[])',
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***. You can find your API key at https://platform.openai.com/account/api-keys.', 'code': 'invalid_api_key'}}",
      '',
    ].join('\n');
    const fields = ['Model: gpt-4o', 'Provider: openai', 'Status Code: 401', '', ''].join('\n').slice(0, -1);
    const frame = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.status}/${i.userFrame?.file}:${i.userFrame?.line}`);
    assert.deepEqual(frame(fields + trace), ['openai/401//home/me/app.py:7']);
    // Control: the traceback alone reads the same.
    assert.deepEqual(frame(trace), ['openai/401//home/me/app.py:7']);
  });
});

describe("tool shapes: Gemini CLI's error frame", () => {
  const body = (status: string) =>
    [
      '{',
      '    "error": {',
      '      "code": 403,',
      '      "message": "The caller does not have permission",',
      `      "status": "${status}"`,
      '    }',
      '  }',
    ].join('\n');

  it("reads Google's generic 403 body inside Gemini CLI's `✕ [API Error: …]` as Gemini's", () => {
    assert.deepEqual(verdicts(`✕ [API Error: [${body('PERMISSION_DENIED')}\n  ]]\n`), ['google/permission-denied/403/null']);
  });

  it("stays silent on the same body without the frame (any Google API sends it), and on the frame around another vendor's words", () => {
    assert.deepEqual(verdicts(`Error: [${body('PERMISSION_DENIED')}\n  ]\n`), []);
    // A fork of the CLI prints its own vendor's errors in the same frame.
    assert.deepEqual(verdicts('✕ [API Error: 403 The caller does not have permission]\n'), []);
    // Control: the frame itself is read.
    assert.equal(verdicts(`✕ [API Error: [${body('PERMISSION_DENIED')}]]\n`).length, 1);
  });
});
