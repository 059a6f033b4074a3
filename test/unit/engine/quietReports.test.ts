import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { parseBlock } from '../../../src/core/parse';
import { parseIPythonTraceback } from '../../../src/core/parse/ipython';
import { type CutBlock } from '../../../src/core/parse/layouts/block';
import { debuggerValue } from '../../../src/core/parse/layouts/node';
import { nextAnchor } from '../../../src/core/scan/anchors';
import { StreamScanner } from '../../../src/core/scan/streamScanner';
import { verdicts } from './helpers';

// Reports that say little on their key line: no `Error` word (a Fern SDK's text in an app's UI,
// Hugging Face's gated-repo sentence, OpenAI's project allow-list, a .NET value in a debugger),
// a .NET exception's `Status:`/`ErrorCode:` lines under its message, a bare reason phrase above
// the paragraph that explains it, a JSON record cut short that repeats its error, an IPython
// chain cut before its last exception line, a refusal naming another vendor's model.

function cut(text: string): CutBlock[] {
  const s = new StreamScanner();
  return [...s.push(text), ...s.flush()];
}

describe('quiet reports: lines that name no error class', () => {
  it("a Fern SDK's `status_code: 4xx, body: …` alone is Cohere's when the body is Cohere's words", () => {
    assert.deepEqual(verdicts("Something failed.\n\nstatus_code: 401, body: {'message': 'invalid api token'}\n"), ['cohere/invalid-token/401/null']);
    assert.ok(nextAnchor('status_code: 403, body: {}') >= 0);
    // Negatives: another Fern SDK's body (no provider's words), a success status (no anchor at all).
    assert.deepEqual(verdicts("status_code: 401, body: {'detail': {'status': 'invalid_api_key'}}\n"), []);
    assert.equal(nextAnchor("status_code: 200, body: {'ok': true}"), -1);
  });

  it("Groq's `401 Invalid API Key` quoted alone (capital K), and not a sentence about API keys", () => {
    assert.deepEqual(verdicts('401 Invalid API Key\n'), ['groq/invalid-token/401/null']);
    assert.deepEqual(verdicts('Set your API Key in the settings (step 401 of the guide)\n'), []);
  });

  it("Gemini's region refusal with its status only, and langchain_google_genai's own words for it", () => {
    assert.deepEqual(verdicts('400 User location is not supported for the API use.\n'), ['google/unsupported-region/400/null']);
    assert.deepEqual(verdicts('User location is not supported for the API use.\n'), ['google/unsupported-region/null/null']);
    assert.deepEqual(
      verdicts(
        'ValueError: Your location is not supported by google-generativeai at the moment. Try to use ChatVertexAI LLM from langchain_google_vertexai.\n',
      ),
      ['google/unsupported-region/null/null'],
    );
    // Negatives: prose about an API's use, and another service's location refusal naming no AI provider.
    assert.deepEqual(verdicts('See the docs for the API use.\n'), []);
    assert.deepEqual(verdicts('ValueError: Your location is not supported by this store at the moment.\n'), []);
  });

  it("Hugging Face's `Cannot access gated repo for url …` without class or status: the repo from the URL", () => {
    const text =
      'Loading pipeline...\nCannot access gated repo for url https://huggingface.co/acme/Big-Model-2/resolve/main/config.json.\nAccess to model acme/big-model-2 is restricted. You must have access to it and be authenticated to access it. Please log in.\n';
    // The URL holds the id as the call sent it; the message restates it in another case.
    assert.deepEqual(verdicts(text), ['huggingface/gated-repo/null/acme/Big-Model-2']);
    // Two sentences on two lines keep the space between them; a line cut mid-word at the terminal's width does not get one.
    assert.match(scanText(text)[0].message, /config\.json\. Access to model/);
    const cutMidWord = 'Cannot access gated repo for url https://huggingface.co/acme/Big-Model-2/resol\nve/main/config.json.\n';
    assert.match(scanText(cutMidWord)[0]?.message ?? '', /Big-Model-2\/resolve\/main/);
    // Negative: prose about gated repos names no failure (and holds no anchor).
    assert.equal(nextAnchor('Some models are gated repos: request access on the model page.'), -1);
  });

  it("OpenAI's project allow-list printed with its status only", () => {
    assert.deepEqual(verdicts('403 Project `proj_abc123` does not have access to model `o3-mini`\n'), ['openai/model-access/403/o3-mini']);
    // Negative: the words in prose, without the backticked project (no anchor).
    assert.equal(nextAnchor('A project does not have access to model gpt-4 until an owner allows it.'), -1);
  });

  it("Vertex AI's `Publisher Model `…` was not found` quoted alone, no `error` word before it", () => {
    assert.deepEqual(verdicts('Publisher Model `projects/p/locations/us/models/gemini-3-flash-preview` was not found\n'), [
      'google/model-access/null/gemini-3-flash-preview',
    ]);
    // Negatives: the cut's own words in other text are no anchor (only the whole phrase counts), and the name without a refusal says nothing.
    assert.equal(nextAnchor('Set the Model `temperature` before the run.'), -1);
    assert.deepEqual(verdicts('Publisher Model `projects/p/locations/us/models/gemini-3-flash-preview` loaded in 2.1s\n'), []);
  });
});

describe("quiet reports: a .NET exception's value as a debugger shows it", () => {
  const value = (message: string, type: string) => `{"${message}"} | ${type}`;

  it('reads the type as the class and the C# string as the message', () => {
    const line = value(
      'HTTP 404 (DeploymentNotFound)\\r\\n\\r\\nThe API deployment for this resource does not exist.',
      'System.ClientModel.ClientResultException',
    );
    assert.deepEqual(debuggerValue(line), {
      errorClass: 'System.ClientModel.ClientResultException',
      message: 'HTTP 404 (DeploymentNotFound)\\r\\n\\r\\nThe API deployment for this resource does not exist.',
    });
    assert.deepEqual(verdicts(`Locals:\n${line}\n`), ['azure-openai/model-access/404/null']);
    const t = parseBlock(cut(`${line}\n`)[0])!;
    assert.equal(t.message, 'HTTP 404 (DeploymentNotFound)\n\nThe API deployment for this resource does not exist.');
  });

  it('any exception type, found by the separator alone', () => {
    const line = value('Principal does not have access to API/Operation.\\r\\nStatus: 401 (PermissionDenied)', 'Azure.RequestFailedException');
    assert.ok(nextAnchor(line) >= 0);
    assert.deepEqual(verdicts(`${line}\n`), ['azure-openai/principal-no-access/401/null']);
  });

  it('a non-AI exception, or a shell pipe, says nothing (controls above)', () => {
    assert.deepEqual(verdicts(`${value("Value cannot be null. (Parameter 'key')", 'System.ArgumentNullException')}\n`), []);
    assert.equal(debuggerValue('{"a": 1} | jq .'), null);
    assert.equal(debuggerValue('{"a"} | not a type'), null);
  });
});

describe("quiet reports: a .NET exception's `Status:` and `ErrorCode:` lines under its message", () => {
  it("the message above them heads the report, after an app's own words too", () => {
    const text = [
      'Chat failed: Access denied due to invalid subscription key or wrong API endpoint.',
      'Status: 401 (Unauthorized)',
      'ErrorCode: 401',
      '',
      'Done.',
    ].join('\n');
    const blocks = cut(`${text}\n`);
    assert.deepEqual(
      blocks.map((b) => b.text),
      [text.split('\n').slice(0, 3).join('\n')],
    );
    assert.deepEqual(verdicts(`${text}\n`), ['azure-openai/invalid-token/401/null']);
  });

  it('with the exception class on the message line', () => {
    const text =
      "Microsoft.SemanticKernel.HttpOperationException: 'The API deployment for this resource does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound\n";
    assert.deepEqual(verdicts(text), ['azure-openai/model-access/404/null']);
  });

  it('the same lines from a non-AI Azure service say nothing (control above)', () => {
    const text = 'The specified container does not exist.\nStatus: 404 (The specified container does not exist.)\nErrorCode: ContainerNotFound\n';
    assert.equal(cut(text).length, 1);
    assert.deepEqual(verdicts(text), []);
    // Only `Status: NNN (Reason)` makes the line above a head.
    assert.deepEqual(cut('Loaded settings.\nStatus: ready\nErrorCode: none\n'), []);
  });
});

describe('quiet reports: a bare reason phrase above the paragraph that explains it', () => {
  it('`Error: Forbidden`, its advice, one blank line, then the URL and the block page: one report, 403', () => {
    const text = 'Error: Forbidden\nIf you think something is wrong, open an issue.\n\nvisit https://api.groq.com/openai/v1\nPlease enable cookies.\n';
    assert.deepEqual(verdicts(text), ['groq/network-block/403/null']);
    assert.equal(cut(text)[0].text, text.trimEnd());
  });

  it('only one blank line is crossed, and only after a bare reason phrase (controls above)', () => {
    const twice = cut('Error: Forbidden\n\nvisit https://api.groq.com/openai/v1\n\nPlease enable cookies.\n');
    assert.equal(twice[0].text, 'Error: Forbidden\n\nvisit https://api.groq.com/openai/v1');
    // (A message with an access word: one with none is passed over before any cut, scan/relevance.ts.)
    const said = cut('Error: the request was denied\n\nvisit https://api.groq.com/openai/v1\n');
    assert.equal(said[0].text, 'Error: the request was denied');
    // Negative: a 403 from a host that is no provider's.
    assert.deepEqual(verdicts('Error: Forbidden\n\nvisit https://api.github.com/repos/a/b\n'), []);
  });
});

describe('quiet reports: one error repeated in the fields of a JSON record cut short', () => {
  const report =
    'litellm.AuthenticationError: AnthropicException - {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"authentication_error\\",\\"message\\":\\"invalid x-api-key\\"}}';

  it('is one incident (loguru: `text` and `record.message`), after a log prefix too', () => {
    const record = `{"text": "Inference failed: ${report}\\n", "record": {"level": {"name": "WARNING"}, "message": "Inference failed: ${report.slice(0, 150)}`;
    assert.deepEqual(verdicts(`${record}\n`), ['anthropic/invalid-token/401/null']);
    assert.deepEqual(verdicts(`2025-01-02 10:00:00 | ${record}\n`), ['anthropic/invalid-token/401/null']);
  });

  it('the same two reports on a line that is no record are two (control)', () => {
    const plain = report.replace(/\\"/g, '"');
    assert.equal(scanText(`Inference failed: ${plain}Inference failed: ${plain}\n`).length, 2);
  });
});

describe("quiet reports: an IPython chain cut before its last exception's line", () => {
  const chain = (last: string) =>
    [
      '---------------------------------------------------------------------------',
      'HTTPError                                 Traceback (most recent call last)',
      '/usr/local/lib/python3.10/dist-packages/huggingface_hub/utils/_errors.py in hf_raise_for_status(response, endpoint_name)',
      '--> 261         response.raise_for_status()',
      '',
      'HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/acme/m-1/resolve/main/config.json',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      `${last}                            Traceback (most recent call last)`,
      '',
    ].join('\n');

  it('the header names the last exception; its class decides the cause, the earlier one the status and model', () => {
    const t = parseIPythonTraceback(chain('GatedRepoError'))!;
    assert.deepEqual(
      t.chain!.map((c) => [c.errorClass, c.message === '', c.status]),
      [
        ['HTTPError', false, 403],
        ['GatedRepoError', true, null],
      ],
    );
    assert.deepEqual(verdicts(chain('GatedRepoError')), ['huggingface/gated-repo/403/acme/m-1']);
  });

  it('a last class that names no cause leaves the earlier message to decide (control)', () => {
    assert.deepEqual(verdicts(chain('ValueError')), ['huggingface/permission-denied/403/acme/m-1']);
  });
});

describe("quiet reports: a refusal naming another vendor's model", () => {
  it("`The model X does not exist or you do not have access to it` is OpenAI's answer whatever X names", () => {
    assert.deepEqual(verdicts('{ "error" => { "message" => "The model anthropic/claude-3-5-haiku does not exist or you do not have access to it." } }\n'), [
      'openai/model-access/null/anthropic/claude-3-5-haiku',
    ]);
  });

  it("Anthropic's own refusal of a Claude model stays Anthropic's (control)", () => {
    const body = '{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-5-haiku-2099"}}';
    assert.deepEqual(verdicts(`Error code: 404 - ${body}\n`), ['anthropic/model-access/404/claude-3-5-haiku-2099']);
  });
});

describe("quiet reports: a provider's refusal of the key or account quoted alone", () => {
  it("Replicate's `Invalid API token: …` with its hint, and OpenAI's deleted-or-deactivated account, with no `error` word", () => {
    assert.deepEqual(verdicts('Invalid API token: r8_XXXX\nGo to https://replicate.com/account, copy a valid token, then re-run this command\n'), [
      'replicate/invalid-token/null/null',
    ]);
    assert.deepEqual(
      verdicts(
        'You do not have an account because it has been deleted or deactivated. If you believe this was an error, please contact us through our help center at help.openai.com.\n',
      ),
      ['openai/account-disabled/null/null'],
    );
  });

  it('the same words naming no provider, and a plain `has been deleted`, stay silent (control)', () => {
    assert.deepEqual(verdicts('Invalid API token: abc123\nCheck the token in your settings and try again.\n'), []);
    assert.deepEqual(verdicts('Your workspace has been deleted or deactivated by an administrator.\n'), []);
    assert.equal(nextAnchor('The old branch has been deleted.'), -1);
  });
});
