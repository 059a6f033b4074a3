import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../../src/core/engine';
import type { Incident } from '../../../../src/core/types';
import { NODE_AT } from '../../../../src/core/parse/layouts/node';
import { realFixtures, realSummary } from '../../../support/realFixtures';
import { verdicts } from '../helpers';

// Shapes read on output posted publicly that the first held-out reading missed: a status printed
// just before a JSON body, a router relaying a provider's refusal, OpenAI's sign-in region refusal,
// a model id whose backticks a Markdown renderer ate, Google's disabled-API message printed by a
// tool without a class.

const ANTHROPIC_403 = '{"type":"error","error":{"type":"permission_error","message":"Permission denied"},"request_id":"req_011CX4"}';
const VERIFY =
  'Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.';

describe('posted shapes: the status printed right before the body', () => {
  it('a log line `…: 403 {body}` keeps its status', () => {
    assert.deepEqual(verdicts(`2026-01-13T04:38:08.250Z [ERROR] Error in non-streaming fallback: 403 ${ANTHROPIC_403}\n`), [
      'anthropic/permission-denied/403/null',
    ]);
  });

  it("a tool's `Request Failed: 400 {JSON}` keeps the status the JSON's message does not repeat", () => {
    const line = `Reason: Request Failed: 400 {"error":{"message":"${VERIFY}","code":"unsupported_value"}}\n`;
    assert.deepEqual(verdicts(line), ['openai/org-verification-required/400/null']);
    // The body alone states none.
    assert.deepEqual(verdicts(`{"error":{"message":"${VERIFY}","code":"unsupported_value"}}\n`), ['openai/org-verification-required/null/null']);
  });
});

describe("posted shapes: a router's envelope around a provider's refusal", () => {
  const inner =
    '{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}';

  it("OpenRouter's `Provider returned error` with `provider_name` is OpenRouter's answer, not OpenAI's", () => {
    const relayed = `API Error: Error from OpenAI: {"error":{"message":"Provider returned error","code":403,"metadata":{"raw":{"__kind":"OK","data":"${inner}"},"provider_name":"OpenAI"}}}\n`;
    assert.deepEqual(verdicts(relayed), []);
    // The same refusal from OpenAI itself is an incident.
    assert.deepEqual(verdicts(`Error code: 403 - ${inner}\n`), ['openai/unsupported-region/403/null']);
  });
});

describe('posted shapes: messages without their usual marks', () => {
  it("OpenAI's sign-in refusal `OpenAI's services are not available in your country` is a region block", () => {
    assert.deepEqual(verdicts("Error: access_denied, OpenAI's services are not available in your country. (error=unsupported_country)\n"), [
      'openai/unsupported-region/null/null',
    ]);
  });

  it('a model id whose backticks a Markdown renderer turned into line breaks is still the model', () => {
    const body = [
      '[ERROR] Error: ChatGPT error 404: {',
      '"error": {',
      '"message": "The model ',
      'gpt-4',
      ' does not exist or you do not have access to it.",',
      '"code": "model_not_found"',
      '}',
      '}',
    ];
    assert.deepEqual(verdicts(body.join('\n') + '\n'), ['openai/model-access/404/gpt-4']);
    // Without an id between them, `The model does not exist` names none.
    const bare = body.slice(0, 2).concat(['"message": "The model does not exist or you do not have access to it.",'], body.slice(5));
    assert.deepEqual(verdicts(bare.join('\n') + '\n'), ['openai/model-access/404/null']);
  });
});

describe("posted shapes: Google's disabled-API message printed by a tool", () => {
  const disabled = (api: string, service: string): string =>
    `> ✗ Failed to connect: 403 ${api} has not been used in project p1 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${service}/overview?project=p1 then retry.\n`;

  it('is an incident for an AI API (Vertex AI), and says nothing for any other Google API', () => {
    assert.deepEqual(verdicts(disabled('Vertex AI API', 'aiplatform.googleapis.com')), ['google/api-not-enabled/403/null']);
    assert.deepEqual(verdicts(disabled('Cloud Storage API', 'storage.googleapis.com')), []);
  });
});

describe('posted shapes: statuses and model ids in more places', () => {
  const keyInvalid =
    '400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID" domain: "googleapis.com" metadata { key: "service" value: "generativelanguage.googleapis.com" } ]';

  it("a status after a logger's ` - ` separator is the report's", () => {
    assert.deepEqual(verdicts(`19:26:32 - opendevin:ERROR: llm.py:64 - ${keyInvalid}. Attempt #1\n`), ['google/invalid-token/400/null']);
  });

  it("langchain-google-genai's `Error calling model '…'` names the model", () => {
    const line = `langchain_google_genai.chat_models.ChatGoogleGenerativeAIError: Error calling model 'gemini-3-flash-preview' (INVALID_ARGUMENT): ${keyInvalid}\n`;
    assert.deepEqual(verdicts(line), ['google/invalid-token/400/gemini-3-flash-preview']);
  });

  it("an app's `Error with model <id>:` label names the model a wrapped error leaves out", () => {
    const body =
      'ReplicateException - Failed to start prediction {"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don\'t have permission to use it?)","status":422}\n';
    assert.deepEqual(verdicts(`Error with model replicate/meta-llama-3-8b-instruct: ${body}`), [
      'replicate/version-not-permitted/422/meta-llama-3-8b-instruct',
    ]);
    // A word after `model` is no id.
    assert.deepEqual(verdicts(`Error with model loading: ${body}`), ['replicate/version-not-permitted/422/null']);
  });

  it("the serverless Inference API's URL names the Hugging Face model", () => {
    const line =
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api-inference.huggingface.co/models/Qwen/Qwen2.5-Coder-32B-Instruct/v1/chat/completions\n';
    assert.deepEqual(verdicts(line), ['huggingface/invalid-token/401/Qwen/Qwen2.5-Coder-32B-Instruct']);
  });
});

describe('posted shapes: traces without their usual frame', () => {
  const body = [
    'Exception: Error: 401, {',
    '    "error": {',
    '        "message": "Incorrect API key provided: sk-svcac****r-IL. You can find your API key at https://platform.openai.com/account/api-keys.",',
    '        "code": "invalid_api_key"',
    '    }',
    '}',
  ];

  it('Python frames whose `Traceback` header was cut off (or never printed) still give the user frame', () => {
    const frames = [
      'While running game code:',
      '  File "game/script.rpy", line 162, in script',
      '    python:',
      '  File "game/script.rpy", line 178, in <module>',
      '    messages = chatgpt.completion(messages,apikey)',
    ];
    const [withFrames] = scanText([...frames, ...body].join('\n') + '\n');
    assert.deepEqual(withFrames.userFrame && { file: withFrames.userFrame.file, line: withFrames.userFrame.line }, { file: 'game/script.rpy', line: 178 });
    // The same report with no frames above it has none.
    const [alone] = scanText(body.join('\n') + '\n');
    assert.equal(alone.provider, 'openai');
    assert.equal(alone.userFrame, null);
  });

  it('a headerless frame on a page that doubled every line break (frame, blank, source, blank) still gives the user frame', () => {
    const exc =
      "openai.AuthenticationError: Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}";
    const frame = 'File "/srv/app/backend/app.py", line 203, in format_as_ndjson';
    const [doubled] = scanText([frame, '', '*async for event in r:*', '', exc].join('\n') + '\n');
    const { file, line, function: fn } = doubled.userFrame ?? {};
    assert.deepEqual({ file, line, fn }, { file: '/srv/app/backend/app.py', line: 203, fn: 'format_as_ndjson' });
    assert.equal(doubled.cause, 'principal-no-access');
    // Prose between the frame and the error (not a blank-separated source line under it) is not crossed.
    const [prose] = scanText([frame, '', '*async for event in r:*', 'then I got this error', '', exc].join('\n') + '\n');
    assert.equal(prose.cause, 'principal-no-access');
    assert.equal(prose.userFrame, null);
  });

  it("Ruby's `file:line:in 'm': message (Klass)` head gives the class and the status it stands for", () => {
    const head =
      "/gems/ruby_llm-1.0.0/lib/ruby_llm/error.rb:56:in 'RubyLLM::ErrorMiddleware.parse_error': You didn't provide an API key. You can obtain an API key from https://platform.openai.com/account/api-keys. (RubyLLM::UnauthorizedError)";
    const from = "        from /gems/ruby_llm-1.0.0/lib/ruby_llm/error.rb:42:in 'block in RubyLLM::ErrorMiddleware#call'";
    const [i] = scanText(`${head}\n${from}\n`);
    assert.deepEqual([i.provider, i.cause, i.status, i.errorClass], ['openai', 'missing-token', 401, 'RubyLLM::UnauthorizedError']);
    // A Ruby rate-limit class says nothing about access.
    assert.deepEqual(scanText(`${head.replace('UnauthorizedError', 'RateLimitError')}\n${from}\n`), []);
  });
});

describe('posted shapes: refusals that say no `error`', () => {
  it('an OpenAI model refusal printed alone is read, its model too', () => {
    assert.deepEqual(verdicts('404 The model `gpt-oss-120b` does not exist or you do not have access to it.\n'), ['openai/model-access/404/gpt-oss-120b']);
    assert.deepEqual(verdicts('403 Project `proj_JMo3Q9spNIEWhSxusokLegJY` does not have access to model `o3-pro`\n'), ['openai/model-access/403/o3-pro']);
  });

  it('a model id the tool wrapped after `model:` is still the model', () => {
    assert.deepEqual(verdicts('API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"model: \n     sonnet"}}\n'), [
      'anthropic/model-access/404/sonnet',
    ]);
  });
});

describe('posted shapes: Gemini and OpenAI refusals in tool wording', () => {
  it("Gemini's region refusal inside a tool's brackets is read", () => {
    assert.deepEqual(verdicts('✕ [API Error: User location is not supported for the API use. (Status: FAILED_PRECONDITION)]\n'), [
      'google/unsupported-region/null/null',
    ]);
  });

  it('a status name with underscores in brackets is the status (`[400 FAILED_PRECONDITION]`)', () => {
    assert.deepEqual(verdicts('Error: [400 FAILED_PRECONDITION] User location is not supported for the API use.\n'), ['google/unsupported-region/400/null']);
  });

  it('the method a client names (`models/gemini-pro:generateContent`) gives the model', () => {
    const line =
      'Fatal error: Uncaught RuntimeException: Gemini API operation failed: operation=models/gemini-pro:generateContent, status_code=400, response={ "error": { "code": 400, "message": "User location is not supported for the API use.", "status": "FAILED_PRECONDITION" } }\n';
    assert.deepEqual(verdicts(line), ['google/unsupported-region/400/gemini-pro']);
  });

  it("OpenAI's restricted-key refusal as Codex prints it (no `error` word) is read", () => {
    const line =
      '■ unexpected status 401 Unauthorized: You have insufficient permissions for this operation. Missing scopes: api.responses.write. Check that you have the correct role, url: https://api.openai.com/v1/responses\n';
    assert.deepEqual(verdicts(line), ['openai/missing-scopes/401/null']);
  });
});

describe('posted shapes: the same incidents wherever a chunk boundary falls', () => {
  const names = [
    'openai/renpy-chatgpt-2-renpy-exception-error-401-pretty.txt',
    'tool-wrapped/ruby-llm-21-unauthorizederror-missing-key-ruby-trace.txt',
    'tool-wrapped/vscode-260670-copilot-request-failed-org-verify-stream.txt',
    'tool-wrapped/codex-43420-unexpected-status-404-model-twice.txt',
    'runtime/agentuity-4-bun-unhandled-server-error-anthropic.txt',
    'huggingface/agents-course-558-403-inference-providers-router.txt',
  ];
  for (const name of names) {
    it(name, function () {
      this.timeout(120_000);
      const f = realFixtures().find((x) => x.name === name);
      assert.ok(f, `${name} is a fixture`);
      const want = JSON.stringify(f.expect);
      for (let k = 0; k <= f.text.length; k++) {
        const e = new TraceEngine();
        const incidents: Incident[] = [...e.push('s', f.text.slice(0, k)), ...e.push('s', f.text.slice(k)), ...e.end('s')];
        const got = incidents.map((i) => realSummary(i));
        if (JSON.stringify(got) !== want) assert.fail(`split at ${k}: ${JSON.stringify(got)}`);
      }
    });
  }
});

describe('posted shapes: JSON bodies after a head, and inside a relay', () => {
  const gemini404 =
    '{ "error": { "code": 404, "message": "models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.", "status": "NOT_FOUND" } }';

  it('a JSON body after an error class on the same line is read with its head', () => {
    assert.deepEqual(verdicts(`Reason: Error during validation: litellm.NotFoundError: VertexAIException - ${gemini404}\n`), [
      'google/model-access/404/gemini-pro',
    ]);
  });

  it("Gemini's unknown-model refusal printed alone is read (its method names are Gemini's)", () => {
    assert.deepEqual(
      verdicts('404 models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list.\n'),
      ['google/model-access/404/gemini-pro'],
    );
  });

  it("OpenRouter's envelope printed as a JSON line stays OpenRouter's, the upstream body in it notwithstanding", () => {
    const raw = '{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"authentication_error\\",\\"message\\":\\"invalid x-api-key\\"}}';
    assert.deepEqual(verdicts(`> utils: {"message":"Provider returned error","code":401,"metadata":{"raw":"${raw}","provider_name":"Anthropic"}}\n`), []);
    // The upstream body alone is Anthropic's.
    assert.deepEqual(verdicts('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n'), [
      'anthropic/invalid-token/null/null',
    ]);
  });
});

describe('posted shapes: heads behind a prompt or a log tag, and the debugger stack order', () => {
  const NO_KEY =
    'Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the "X-Api-Key" or "Authorization" headers to be explicitly omitted';
  const STACK =
    '    at validateHeaders (/srv/app/node_modules/@anthropic-ai/sdk/client.mjs:113:9)\n    at buildHeaders (/srv/app/node_modules/@anthropic-ai/sdk/client.mjs:471:10)\n';

  it('an `Error: …` head after a log tag or a prompt heads the stack below it', () => {
    assert.deepEqual(verdicts(`[INFO] connected\n[ERROR] Unhandled Server Error: Error: ${NO_KEY}\n${STACK}`), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts(`? Please enter an API key (blank to use the environment): Error: ${NO_KEY}\n${STACK}`), ['anthropic/missing-token/null/null']);
  });

  it('the same head over a stack that is not an AI call stays silent', () => {
    const text =
      "[ERROR] Unhandled Server Error: Error: ENOENT: no such file or directory, open '/srv/app/config.json'\n    at Object.openSync (node:fs:573:18)\n    at readConfig (/srv/app/src/config.js:12:9)\n";
    assert.deepEqual(verdicts(text), []);
    // Positive control: the same head and stack with the SDK's words and frames.
    assert.deepEqual(verdicts(`[ERROR] Unhandled Server Error: Error: ${NO_KEY}\n${STACK}`), ['anthropic/missing-token/null/null']);
  });

  it('whether the line below the head is a frame is told when it arrives in the next chunk', () => {
    const text = `[ERROR] Unhandled Server Error: Error: ${NO_KEY}\n${STACK}`;
    const want = JSON.stringify(['anthropic/missing-token/null/null']);
    const wrong: string[] = [];
    for (let k = 0; k <= text.length; k++) {
      const e = new TraceEngine();
      const got = JSON.stringify(
        [...e.push('s', text.slice(0, k)), ...e.push('s', text.slice(k)), ...e.end('s')].map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`),
      );
      if (got !== want) wrong.push(`split at ${k}: ${got}`);
    }
    assert.deepEqual(wrong, []);
  });

  it("Anthropic's Python SDK wording names Anthropic in a debugger's display, innermost frame first", () => {
    const text = [
      'Exception has occurred: TypeError',
      '"Could not resolve authentication method. Expected either api_key or auth_token to be set."',
      '  File "/home/dev/bot/agent.py", line 101, in message_loop',
      '    for chunk in chain.stream(inputs):',
      '  File "/home/dev/bot/main.py", line 16, in <module>',
      '    agent.message_loop(user_input)',
      '',
    ].join('\n');
    const incidents = scanText(text);
    assert.deepEqual(
      incidents.map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['anthropic/missing-token/null'],
    );
    assert.equal(incidents[0].userFrame?.file, '/home/dev/bot/agent.py');
    assert.equal(incidents[0].userFrame?.line, 101);
  });

  it("Anthropic's no-key message quoted alone is read; the same words from elsewhere are not", () => {
    assert.deepEqual(
      verdicts(
        '"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted"\n',
      ),
      ['anthropic/missing-token/null/null'],
    );
    assert.deepEqual(verdicts('warning: could not resolve authentication method for proxy.internal, trying anonymous\n'), []);
  });

  it("Hugging Face's Inference Providers refusal quoted alone, or after a job's tag, is read", () => {
    const refusal = 'This authentication method does not have sufficient permissions to call Inference Providers on behalf of user dev.';
    assert.deepEqual(verdicts(`403 Forbidden: ${refusal}\n`), ['huggingface/missing-scopes/403/null']);
    assert.deepEqual(verdicts(`INFERENCE_FAIL 403 {"error":"${refusal}"}\n`), ['huggingface/missing-scopes/403/null']);
    // A body wrapped mid-sentence where the join loses the space.
    assert.deepEqual(
      verdicts(
        `LLM endpoint returned 403 Forbidden: {"error":"This authentication method does not\nhave sufficient permissions to call Inference Providers on behalf of org acme"}\n`,
      ),
      ['huggingface/missing-scopes/403/null'],
    );
  });
});

describe('posted shapes: a REST client exchange (request line, headers, `Response:`, body)', () => {
  const body = '{\n"error": {\n"code": 403,\n"message": "The caller does not have permission",\n"status": "PERMISSION_DENIED"\n}\n}\n';
  it('reads the body with the request line above its headers and label, whose URL names the API', () => {
    const request = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=AIzaSy...\n';
    assert.deepEqual(verdicts(`${request}Content-Type: application/json\nResponse:\n${body}`), ['google/permission-denied/403/gemini-pro']);
    assert.deepEqual(verdicts(`${request}Response:\n${body}`), ['google/permission-denied/403/gemini-pro']);
  });
  it('reads it with the whole key in the URL (a long request line is not a piece of a cut line), and masks the key', () => {
    // Built at run time: no key-shaped literal in the tree.
    const key = ['AIza', 'Sy', 'Q'.repeat(33)].join('');
    const text = `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=${key}\nContent-Type: application/json\nResponse:\n${body}`;
    assert.deepEqual(verdicts(text), ['google/permission-denied/403/gemini-pro']);
    assert.ok(!JSON.stringify(scanText(text)).includes(key.slice(8)));
  });
  it('stays silent when that request line names another API, or a sentence stands between', () => {
    assert.deepEqual(verdicts(`POST https://api.example.com/v1/items\nContent-Type: application/json\nResponse:\n${body}`), []);
    const request = 'POST https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent\n';
    assert.deepEqual(verdicts(`${request}Then I tried the sheets API instead.\nResponse:\n${body}`), []);
  });
});

describe("posted shapes: Hugging Face's fine-grained token refusal for public gated repos", () => {
  it('is read quoted alone after the CLI command; advice naming the same settings is not', () => {
    const refusal = '403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.';
    // The command above names the repo (`runHeader.test.ts`).
    assert.deepEqual(verdicts(`huggingface-cli download meta-llama/Llama-3.1-8B-Instruct config.json\n${refusal}\n`), [
      'huggingface/missing-scopes/403/meta-llama/Llama-3.1-8B-Instruct',
    ]);
    assert.deepEqual(verdicts(`${refusal}\n`), ['huggingface/missing-scopes/403/null']);
    assert.deepEqual(verdicts('Tip: tick "Read access to public gated repos" in your fine-grained token settings before downloading.\n'), []);
  });
});

describe("posted shapes: Gemini's refusals quoted without host or class", () => {
  it('a leaked key, also inside a tool’s JSON envelope, is read as Google’s', () => {
    assert.deepEqual(verdicts('403 Your API key was reported as leaked. Please use another API key.\n'), ['google/key-leaked/403/null']);
    const inner =
      '{\\n  \\"error\\": {\\n    \\"code\\": 403,\\n    \\"message\\": \\"Your API key was reported as leaked. Please use another API key.\\",\\n    \\"status\\": \\"PERMISSION_DENIED\\"\\n  }\\n}\\n';
    assert.deepEqual(verdicts(`{"error":{"message":"${inner}","code":403,"status":"Forbidden"}}\n`), ['google/key-leaked/403/null']);
  });

  it('a barred project is account-disabled; a Google 403 naming no AI API stays silent', () => {
    assert.deepEqual(
      verdicts(
        "Error: 403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'Your project has been denied access. Please contact support.', 'status': 'PERMISSION_DENIED'}}\n",
      ),
      ['google/account-disabled/403/null'],
    );
    assert.deepEqual(
      verdicts("Error: 403 PERMISSION_DENIED. {'error': {'code': 403, 'message': 'The caller does not have permission', 'status': 'PERMISSION_DENIED'}}\n"),
      [],
    );
  });
});

describe('posted shapes: tool envelopes and problem bodies', () => {
  it("LangChain JS's missing-key message for the OpenAI chat model is read; a tool's own key message is not", () => {
    assert.deepEqual(verdicts('Error: OpenAI or Azure OpenAI API key not found\n'), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts("ERROR: Invalid API-key provided.  Please set LLM API-Key in 'User Setting -> Model Providers -> API-Key'\n"), []);
  });

  it('a raw error kept as a JSON string (`"404 - {…}"`) gives the status', () => {
    const text = [
      '{',
      '  "errorMessage": "The resource you are requesting could not be found",',
      '  "errorDetails": {',
      '    "rawErrorMessage": [',
      '      "404 - {\\"error\\":{\\"message\\":\\"The model `gpt-4O` does not exist or you do not have access to it.\\",\\"type\\":\\"invalid_request_error\\",\\"param\\":null,\\"code\\":\\"model_not_found\\"}}"',
      '    ]',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(text), ['openai/model-access/404/gpt-4O']);
  });

  it("Replicate's problem body names Replicate and gives its status; NVIDIA's of the same shape does not", () => {
    assert.deepEqual(
      verdicts(
        'Error: {"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don\'t have permission to use it?)","status":422}\n',
      ),
      ['replicate/version-not-permitted/422/null'],
    );
    assert.deepEqual(verdicts("API request failed: Error code: 403 - {'status': 403, 'title': 'Forbidden', 'detail': 'Authorization failed'}\n"), []);
  });
});

describe("posted shapes: OpenAI's project allow-list refusal with the project id edited out", () => {
  it('reads the refusal whatever quotes the edited id, and not without the backticked model', () => {
    assert.deepEqual(verdicts("Project `my key' does not have access to model `gpt-4o`\n"), ['openai/model-access/null/gpt-4o']);
    assert.deepEqual(verdicts('Error: 403 Project `<project>` does not have access to model `o3`\n'), ['openai/model-access/403/o3']);
    // The same words with no backticked model are anyone's: a dashboard's, a gateway's.
    assert.deepEqual(verdicts('Project my-team does not have access to model llama-3\n'), []);
  });
});

describe("posted shapes: Claude Code's `Failed to authenticate. API Error: 401 …` with a plain-text body", () => {
  it("is Anthropic's refused key whatever the body says, and another tool's auth failure is not", () => {
    assert.deepEqual(verdicts('Failed to authenticate. API Error: 401 API key is invalid.\n'), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(
      verdicts('Claude Code error (401): Failed to authenticate. API Error: 401 OAuth access token has expired. Re-authenticate to continue.\n'),
      ['anthropic/invalid-token/401/null'],
    );
    assert.deepEqual(verdicts('Error: Failed to authenticate with the server: 401\n'), []);
  });
});

describe('posted shapes: a traceback copied only up to its frames, then the post goes on', () => {
  const report =
    "2024-02-26 20:59:20 - Error code: 404 - {'error': {'message': 'The model `gpt-4` does not exist or you do not have access to it.', 'code': 'model_not_found'}}";
  const frames = [
    'Traceback (most recent call last):',
    '  File "/srv/app/site-packages/chainlit/utils.py", line 39, in wrapper',
    '    return await user_function(**params_values)',
  ];

  it('keeps the status and model the report above states when prose follows the cut copy', () => {
    for (const after of [
      ['', 'Any idea what is wrong?'],
      ['```', 'Any idea what is wrong?'],
      ['', '', 'Thanks in advance'],
    ]) {
      const got = scanText([report, ...frames, ...after, ''].join('\n')).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
      assert.deepEqual(got, ['openai/model-access/404/gpt-4'], after.join('|'));
    }
  });

  it("still reads an exception line below a blank line as the traceback's own", () => {
    const got = scanText([...frames, '', 'openai.PermissionDeniedError: Error code: 403 - You do not have access to model gpt-4o', ''].join('\n'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.status}/${i.model}`),
      ['openai/403/gpt-4o'],
    );
  });
});

describe('posted shapes: a caption above the output, a status line above the report', () => {
  const trace = [
    '  File "/opt/venv/lib/python3.11/site-packages/openai/_base_client.py", line 921, in request',
    '    raise self._make_status_error_from_response(err.response) from None',
    "openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist.'}}",
  ];

  it('`Error:` alone above the output is a caption, not the head of an error without a message', () => {
    for (const gap of [[], [''], ['```']]) assert.deepEqual(verdicts(['Error:', ...gap, ...trace, ''].join('\n')), ['azure-openai/model-access/404/null']);
    // Control: a head with its message stays one.
    assert.deepEqual(
      verdicts(['Error: 401 Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.', ''].join('\n')),
      ['openai/invalid-token/401/null'],
    );
  });

  it("`401 Unauthorized` alone above Codex's report is its status, indented or not", () => {
    for (const pad of ['', '  ']) {
      const text = ['Error:', '', '401 Unauthorized', 'Missing scopes: api.responses.write', '', 'Request ID:', 'req_0123']
        .map((l) => (l ? pad + l : l))
        .join('\n');
      assert.deepEqual(verdicts(text + '\n'), ['openai/missing-scopes/401/null'], JSON.stringify(pad));
    }
    // Control: with no status line above, none is made up.
    assert.deepEqual(verdicts('Missing scopes: api.responses.write\n'), ['openai/missing-scopes/null/null']);
  });
});

describe('posted shapes: a Node stack that lost its indentation in the post', () => {
  const head = 'Error: 401 Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.';
  const frames = [
    'at APIError.generate (/app/node_modules/openai/error.js:44:20)',
    'at OpenAI.makeStatusError (/app/node_modules/openai/core.js:263:33)',
    'at async main (/app/index.js:10:5)',
  ];

  it('reads frames at the margin as frames: the user frame is found', () => {
    const got = scanText([head, ...frames, ''].join('\n'));
    assert.deepEqual(
      got.map((i) => [i.provider, i.status, i.userFrame?.file, i.userFrame?.line]),
      [['openai', 401, '/app/index.js', 10]],
    );
  });

  it('takes no prose line for a frame', () => {
    const got = scanText([head, 'at least that is what the log says', ''].join('\n'));
    assert.deepEqual(
      got.map((i) => [i.provider, i.status, i.userFrame]),
      [['openai', 401, null]],
    );
    assert.equal(NODE_AT.test('at least that is what the log says'), false);
    assert.equal(NODE_AT.test('at main (/app/index.js:10:5)'), true);
  });

  it('the last frame opening the object dump (`at fn (file:1:2) {`) keeps the dump in the same incident', () => {
    const dump = ['cause: undefined,', "url: 'https://api.openai.com/v1/chat/completions',", 'statusCode: 404,', 'isRetryable: false', '}'];
    const text = [
      'Error [AI_APICallError]: The model `gpt-9` does not exist or you do not have access to it.',
      'at async pu.doGenerate (.next/server/chunks/[root-of-the-server]__300ae08e._.js:37:165332)',
      'at async POST (/app/src/route.js:12:5) {',
      ...dump,
      '',
    ].join('\n');
    assert.deepEqual(
      scanText(text).map((i) => [i.provider, i.cause, i.status, i.model, i.userFrame?.file]),
      [['openai', 'model-access', 404, 'gpt-9', '/app/src/route.js']],
    );
    assert.equal(NODE_AT.test('at async POST (/app/src/route.js:12:5) {'), true);
    // Control: prose ending in a brace is no frame.
    assert.equal(NODE_AT.test('at least one of these {'), false);
  });
});

describe("posted shapes: an app's own words naming the API its call failed on", () => {
  it('`OpenAI API error: 401 - {…}` is OpenAI, whatever the body words', () => {
    assert.deepEqual(verdicts('[Error] OpenAI API error: 401 - {"error": {"message": "Invalid API key"}}\n'), ['openai/invalid-token/401/null']);
  });

  it('the same words without a client-error status, or naming another vendor, are not', () => {
    assert.deepEqual(verdicts('[Error] OpenAI API error: 500 - {"error": {"message": "Invalid API key"}}\n'), []);
    assert.deepEqual(verdicts('[Error] DeepSeek API error: 401 - {"error": {"message": "Invalid API key"}}\n'), []);
  });
});

describe("posted shapes: a Hub error's message under its head, then the chained traceback", () => {
  const hub = [
    'huggingface_hub.utils._errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-667ea709-40b7)',
    '',
    'Cannot access gated repo for url https://huggingface.co/api/models/meta-llama/Meta-Llama-3-8B-Instruct/revision/main.',
    'Access to model meta-llama/Meta-Llama-3-8B-Instruct is restricted. You must be authenticated to access it.',
  ];
  const chain = [
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    '  File "/srv/app/launch.py", line 7, in launch',
    '    load()',
  ];

  it('is one failure: the whole message stays with its head, the chain after it', () => {
    for (const text of [
      [...hub, ''],
      [...hub, ...chain, ''],
    ]) {
      assert.deepEqual(verdicts(text.join('\n')), ['huggingface/gated-repo/401/meta-llama/Meta-Llama-3-8B-Instruct'], String(text.length));
    }
  });
});

describe('posted shapes: an older Hub error whose head holds only the request id', () => {
  const head = 'huggingface_hub.utils._errors.BadRequestError:  (Request ID: Mq1mDWKbogI0AleJS0HJM)';
  const message = ['Bad request:', 'Authorization header is correct, but the token seems invalid'];

  it('reads the server words after the blank line, Markdown bold markers or not', () => {
    assert.deepEqual(verdicts([head, '', ...message, ''].join('\n')), ['huggingface/invalid-token/400/null']);
    assert.deepEqual(verdicts(['**BadRequestError', `${head}**`, '', `**${message[0]}`, `${message[1]}**`, ''].join('\n')), [
      'huggingface/invalid-token/400/null',
    ]);
  });

  it('a head with a message of its own does not take the paragraph below it', () => {
    assert.deepEqual(verdicts(['ValueError: bad shape (Request ID: 12)', '', ...message, ''].join('\n')), []);
  });
});

describe("posted shapes: Replicate's 422 title quoted after a tool's own words", () => {
  const body =
    '{"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don\'t have permission to use it?)","status":422}';

  it('is a version the token may not run', () => {
    assert.deepEqual(verdicts(`Error with model replicate/acme-model: ReplicateException - Failed to start prediction ${body}\n`), [
      'replicate/version-not-permitted/422/acme-model',
    ]);
  });

  it('another title in the same shape is not', () => {
    assert.deepEqual(
      verdicts(
        `Error with model replicate/acme-model: ReplicateException - Failed to start prediction ${body.replace('Invalid version or not permitted', 'Input validation failed').replace(/The specified[^"]*/, 'prompt is required')}\n`,
      ),
      [],
    );
  });
});

describe("posted shapes: the Hub's `Authorization error` refusal printed alone", () => {
  const lines = [
    '403 Forbidden: Authorization error..',
    'Cannot access content at: https://huggingface.co/acme/private-model/resolve/main/config.json.',
    'If you are trying to create or update content,make sure you have a token with the `write` role.',
  ];

  it('is a token whose permissions do not cover the file, read without an `Error` word', () => {
    assert.deepEqual(verdicts([...lines, ''].join('\n')), ['huggingface/missing-scopes/403/acme/private-model']);
  });

  it('the same words from another host, or a bare 403 on a Hub file, are not that cause', () => {
    assert.deepEqual(verdicts('403 Forbidden: Authorization error..\nCannot access content at: https://example.com/files/a.json.\n'), []);
    assert.deepEqual(
      verdicts('requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/acme/private-model/resolve/main/config.json\n'),
      ['huggingface/permission-denied/403/acme/private-model'],
    );
  });
});

describe("posted shapes: OpenAI's model refusal printed alone, for any of its model families", () => {
  it('reads the o-series, embeddings, images and a fine-tune as they print alone', () => {
    const refusal = (id: string) => `404 The model \`${id}\` does not exist or you do not have access to it.\n`;
    for (const id of ['o3-mini', 'o1', 'o4-mini', 'chatgpt-4o-latest', 'text-embedding-3-large', 'dall-e-3', 'whisper-1'])
      assert.deepEqual(verdicts(refusal(id)), [`openai/model-access/404/${id}`], id);
    const fineTune = 'ft:gpt-4o-mini-2024-07-18:acme-corp:support:9AbCdEf1';
    assert.deepEqual(verdicts(refusal(fineTune)), [`openai/model-access/404/${fineTune}`]);
    // In its body too, where the id alone tells whose it is.
    assert.deepEqual(verdicts(`error: The model: \`${fineTune}\` does not exist\n`), [`openai/model-access/null/${fineTune}`]);
  });
  it('stays silent on the same ids in prose and on a model that is only busy', () => {
    assert.deepEqual(verdicts('Use `o3-mini` for reasoning and `text-embedding-3-large` for search; `ft:` ids name fine-tunes.\n'), []);
    assert.deepEqual(verdicts('503 The model `o3-mini` is currently overloaded. Please try again later.\n'), []);
  });
});

describe("posted shapes: Google's refusals of a model whose id does not say Gemini", () => {
  it("Vertex AI's publisher-model path and the Live API's method name tell whose refusal it is", () => {
    const vertex =
      '{"error":{"code":404,"message":"Publisher Model `projects/p-1/locations/us-central1/publishers/google/models/text-embedding-004` was not found or your project does not have access to it.","status":"NOT_FOUND"}}\n';
    assert.deepEqual(verdicts(vertex), ['google/model-access/404/text-embedding-004']);
    const live =
      'websockets.exceptions.ConnectionClosedError: received 1008 (policy violation) models/text-embedding-004 is not found for API version v1beta, or is not supported for bidiGenerateContent. Call\n';
    assert.deepEqual(verdicts(live), ['google/model-access/null/text-embedding-004']);
  });
  it("is Google's through the OpenAI SDK pointed at a gateway (control: the gateway relaying OpenAI's refusal)", () => {
    const sdk =
      'Traceback (most recent call last):\n  File "/app/embed.py", line 5, in <module>\n    response = client.embeddings.create(\n  File "/usr/local/lib/python3.11/site-packages/openai/_base_client.py", line 1047, in request\n    raise self._make_status_error_from_response(err.response) from None\n';
    const vertex =
      "openai.NotFoundError: Error code: 404 - {'status': 'failure', 'message': 'vertex error: Publisher Model `projects/p-1/locations/global/publishers/google/models/gemini-embedding-001` was not found or your project does not have access to it.'}\n";
    assert.deepEqual(verdicts(sdk + vertex), ['google/model-access/404/gemini-embedding-001']);
    const openai =
      "openai.NotFoundError: Error code: 404 - {'status': 'failure', 'message': 'The model `text-embedding-3-large` does not exist or you do not have access to it.'}\n";
    assert.deepEqual(verdicts(sdk + openai), ['openai/model-access/404/text-embedding-3-large']);
  });
  it('stays silent on the same path in a quota refusal or an info line', () => {
    assert.deepEqual(
      verdicts(
        '{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: publishers/google/models/text-embedding-004.","status":"RESOURCE_EXHAUSTED"}}\n',
      ),
      [],
    );
    assert.deepEqual(verdicts('INFO loading endpoint publishers/google/models/text-embedding-004 for error-free batch\n'), []);
  });
});

describe("posted shapes: a client's 401 line with no error word", () => {
  it("Codex's `unexpected status 401 Unauthorized: {…}, url: …` and Continue's `<model>: HTTP 401 Unauthorized from <url>`", () => {
    assert.deepEqual(
      verdicts(
        'unexpected status 401 Unauthorized: {"detail":"Unauthorized"}, url: https://chatgpt.com/backend-api/codex/responses, cf-ray: a06b9c52d979eaa1-ICN\n',
      ),
      ['openai/invalid-token/401/null'],
    );
    assert.deepEqual(verdicts('codestral-latest: HTTP 401 Unauthorized from https://codestral.mistral.ai/v1/chat/completions\n'), [
      'mistral/invalid-token/401/codestral-latest',
    ]);
  });
  it("Zed's `Failed to connect to <X> API: 401 …` with the vendor's body (control: another API in the same words)", () => {
    assert.deepEqual(verdicts('Failed to connect to Mistral API: 401 Unauthorized {"detail":"Unauthorized"}\n'), ['mistral/invalid-token/401/null']);
    assert.deepEqual(verdicts('Failed to connect to Weather API: 401 Unauthorized {"detail":"Unauthorized"}\n'), []);
  });
  it('stays silent when the URL is another service', () => {
    assert.deepEqual(verdicts('unexpected status 401 Unauthorized: {"detail":"Unauthorized"}, url: https://api.example.com/v1/responses\n'), []);
    assert.deepEqual(verdicts('my-model: HTTP 401 Unauthorized from https://api.example.com/v1/items\n'), []);
  });
});

describe("posted shapes: Azure's refusal of a bad or expired Entra token, printed with its status only", () => {
  const line = (audience: string) => `401 Unauthorized. Access token is missing, invalid, audience is incorrect (${audience}), or have expired.\n`;

  it('is Azure OpenAI, whatever audience it names, also hard-wrapped', () => {
    assert.deepEqual(verdicts(line('https://cognitiveservices.azure.com')), ['azure-openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(line('urn:ms.scopedToken or urn:ms.faceSessionToken')), ['azure-openai/invalid-token/401/null']);
    const wrapped =
      '401 Unauthorized. Access token is missing, invalid, audience is incorrect (urn:ms.scopedToken or\n     urn:ms.faceSessionToken), or have expired.\n';
    assert.deepEqual(verdicts(wrapped), ['azure-openai/invalid-token/401/null']);
  });

  it("another API's missing token, or another Azure AI service's, is not", () => {
    assert.deepEqual(verdicts('401 Unauthorized. Access token is missing.\n'), []);
    assert.deepEqual(verdicts(`FaceClient error: ${line('urn:ms.faceSessionToken')}`), []);
  });
});

describe("posted shapes: a library's words naming whose key is missing, and Gemini's model id behind an escaped slash", () => {
  it('`Error: Anthropic API key not found` is Anthropic with no key (control: a line that only names the key is silent)', () => {
    assert.deepEqual(verdicts('Error: Anthropic API key not found\n'), ['anthropic/missing-token/null/null']);
    assert.deepEqual(verdicts('Error: OpenAI API key not found\n'), ['openai/missing-token/null/null']);
    assert.deepEqual(verdicts('Anthropic API key is set; calling claude\n'), []);
  });

  it("a JSON encoder's `models\\/…` keeps the model Gemini refused", () => {
    const body = (slash: string) =>
      `{"error": "404 NOT_FOUND. {'error': {'code': 404, 'message': 'models${slash}gemini-2.0-flash-exp is not found for API version v1beta, or is not supported for generateContent.', 'status': 'NOT_FOUND'}}"}\n`;
    assert.deepEqual(verdicts(body('\\/')), ['google/model-access/404/gemini-2.0-flash-exp']);
    assert.deepEqual(verdicts(body('/')), ['google/model-access/404/gemini-2.0-flash-exp']);
  });
});

describe("posted shapes: Google's staging API not enabled, quoted alone", () => {
  it('is the Generative Language API not enabled; another API in the same words is not', () => {
    const sentence = (api: string, host: string) =>
      `\`${api} (Staging) has not been used in project 123456 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${host}/overview?project=123456 then retry.\`\n`;
    assert.deepEqual(verdicts(sentence('Generative Language API', 'staging-generativelanguage.sandbox.googleapis.com')), ['google/api-not-enabled/null/null']);
    assert.deepEqual(verdicts(sentence('Cloud Storage API', 'staging-storage.sandbox.googleapis.com')), []);
  });

  it("Vertex AI's refusal of an API key where it takes only OAuth, in Gemini CLI's frame, is the missing credential", () => {
    const frame = (status: string): string =>
      `✕ [API Error: API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal. See https://cloud.google.com/docs/authentication (Status: ${status})]\n`;
    assert.deepEqual(verdicts(frame('UNAUTHENTICATED')), ['google/missing-token/null/null']);
    // Control: the same words in a fork's frame with an HTTP code name no provider.
    assert.deepEqual(verdicts(frame('401')), []);
  });
});

describe('posted shapes: a Node object dump whose stack string is split into literals', () => {
  const dump = (frame: string) =>
    [
      'Error for chat ID chat-1: {',
      "  message: 'Error: llmApiError',",
      "  details: '{\\n' +",
      '    \'  "error": {\\n\' +',
      '    \'    "code": 400,\\n\' +',
      '    \'    "message": "API key not valid. Please pass a valid API key.",\\n\' +',
      '    \'    "status": "INVALID_ARGUMENT",\\n\' +',
      '    \'    "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}}]\\n\' +',
      "    '  }\\n' +",
      "    '}\\n',",
      "  stacktrace: 'Error\\n' +",
      `    '    at ${frame}\\n' +`,
      "    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\\n' +",
      "    '    at async Server.handle (file:///srv/app/node_modules/express/lib/router.js:10:3)'",
      '}',
      '',
    ].join('\n');
  const userFrame = (text: string) =>
    scanText(text).map((i) => i.userFrame && { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function });

  it("the stack's innermost frame in the user's code is the user frame", () => {
    assert.deepEqual(userFrame(dump('ActionTracker.trackError (file:///home/u/app/server/actionTracker.js:16:24)')), [
      { file: '/home/u/app/server/actionTracker.js', line: 16, function: 'ActionTracker.trackError' },
    ]);
    // Control: a stack of library frames only names none.
    assert.deepEqual(userFrame(dump('Client.send (file:///home/u/app/node_modules/@google/genai/dist/index.mjs:88:9)')), [null]);
  });
});

describe('posted shapes: an error body whose message is the reason phrase alone', () => {
  const report = (message: string) => `Error: MistralException - {"message":"${message}","request_id":"03476f4051c66f68eb6a28448c1aec50"}\n`;
  it('states its status (Mistral\'s `{"message":"Unauthorized","request_id":…}`)', () => {
    assert.deepEqual(verdicts(report('Unauthorized')), ['mistral/invalid-token/401/null']);
    // Control: a message that only starts with the word states none.
    assert.deepEqual(verdicts(report('Unauthorized request')), ['mistral/invalid-token/null/null']);
  });
});

describe("posted shapes: huggingface_hub's `for url:` error wrapped inside its URL", () => {
  const report = (url: string) => `load failed: 404 Client Error: Not Found for url:\n${url}\nInstruct (Request ID:\nRoot=1-685af66c;34571dbd)\n`;
  it('joins a URL broken after a hyphen, with the request id on the lines below', () => {
    assert.deepEqual(verdicts(report('https://api-inference.huggingface.co/status/meta-llama/Meta-Llama-3.1-8B-')), [
      'huggingface/model-access/404/meta-llama/Meta-Llama-3.1-8B-Instruct',
    ]);
    // Control: a URL whose line ends without a hyphen is whole; the next line's word is not part of it.
    assert.deepEqual(verdicts(report('https://api-inference.huggingface.co/status/meta-llama/Meta-Llama-3.1-8B')), [
      'huggingface/model-access/404/meta-llama/Meta-Llama-3.1-8B',
    ]);
  });
});

describe("posted shapes: LobeChat's error details name the provider it called", () => {
  const details = (provider: string) =>
    [
      '{',
      '  "error": {',
      '    "message": "The model `llama-3.1-405b-reasoning` does not exist or you do not have access to it.",',
      '    "type": "invalid_request_error",',
      '    "code": "model_not_found"',
      '  },',
      '  "endpoint": "https://groq.****.com/openai/v1",',
      `  "provider": "${provider}"`,
      '}',
      '',
    ].join('\n');
  it('`"provider": "groq"` after the endpoint is Groq', () => {
    assert.deepEqual(verdicts(details('groq')), ['groq/model-access/null/llama-3.1-405b-reasoning']);
    // Control: a `provider` key without LobeChat's `endpoint` before it is no sign; OpenAI's words stay OpenAI's.
    assert.deepEqual(verdicts(details('groq').replace(/ {2}"endpoint": [^\n]*\n/, '')), ['openai/model-access/null/llama-3.1-405b-reasoning']);
  });
});

describe("posted shapes: a traceback a terminal wrapped at a frame's `, in`", () => {
  const frames = (fn: string): string[] => [
    'Traceback (most recent call last):',
    '  File "/home/me/app.py", line 12, in',
    fn,
    '    client.chat.completions.create(model="gpt-4o", messages=[])',
    '  File "/home/me/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
    '    raise self._make_status_error_from_response(err.response) from None',
    "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model",
    "`gpt-4o` does not exist or you do not have access to it.', 'code': 'model_not_found'}}",
    '',
  ];
  const read = (text: string): string[] =>
    scanText(text).map((i) => `${i.errorClass}/${i.status}/${i.model}/${i.userFrame?.file}:${i.userFrame?.line}:${i.userFrame?.function}`);

  it("keeps the function's name on the next line in the frame and the trace going, and the id after the wrap", () => {
    assert.deepEqual(read(frames('main').join('\n')), ['openai.NotFoundError/404/gpt-4o//home/me/app.py:12:main']);
  });

  it('does not take a capitalised line there for a function', () => {
    // Control: an exception class at column 0 under such a frame ends the frames as before.
    const got = read(['Traceback (most recent call last):', '  File "/home/me/app.py", line 12, in', 'KeyboardInterrupt', ''].join('\n'));
    assert.deepEqual(got, []);
    assert.deepEqual(
      scanText(frames('Main').join('\n')).map((i) => i.errorClass),
      ['Main'],
    );
  });
});
