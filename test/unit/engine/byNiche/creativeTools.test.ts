import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// Shapes read on creative tools' output (ComfyUI nodes, model download scripts) that the blind
// round missed: a chained traceback a post cut right after the user's call, and a node that
// compiled the provider's error text as code.

const HTTPX_401 = [
  'Traceback (most recent call last):',
  '  File "/opt/app/venv/lib/python3.13/site-packages/huggingface_hub/utils/_http.py", line 795, in hf_raise_for_status',
  '    response.raise_for_status()',
  '  File "/opt/app/venv/lib/python3.13/site-packages/httpx/_models.py", line 829, in raise_for_status',
  '    raise HTTPStatusError(message, request=request, response=self)',
  "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/vae/config.json'",
  '',
  'The above exception was the direct cause of the following exception:',
  '',
  'Traceback (most recent call last):',
  '  File "/opt/app/download_models.py", line 62, in <module>',
  '    vae_path = snapshot_download(',
  '        repo_id="black-forest-labs/FLUX.1-dev",',
  '        token=args.hf_token',
  '    )',
].join('\n');

describe('creative tools: a chained traceback cut before its exception line', () => {
  it("the cut traceback's frames are the outer calls: the user's frame is found there", () => {
    const [incident] = scanText(HTTPX_401 + '\n', 'x');
    assert.equal(`${incident.provider}/${incident.cause}/${incident.status}`, 'huggingface/invalid-token/401');
    assert.deepEqual(incident.userFrame && { file: incident.userFrame.file, line: incident.userFrame.line, function: incident.userFrame.function }, {
      file: '/opt/app/download_models.py',
      line: 62,
      function: '<module>',
    });
  });

  it('without the cut traceback the same error has no user frame', () => {
    const head = HTTPX_401.split('\n').slice(0, 6).join('\n');
    const [incident] = scanText(head + '\n', 'x');
    assert.equal(`${incident.provider}/${incident.cause}/${incident.status}`, 'huggingface/invalid-token/401');
    assert.equal(incident.userFrame, null);
  });
});

describe("creative tools: a Python SyntaxError echoing a provider's error as its source", () => {
  const report =
    "An error occurred: Error code: 404 - {'error': {'message': 'The model `gpt-4o` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}";
  const compiled = [
    'Traceback (most recent call last):',
    '  File "S:\\Repos\\ComfyUI\\custom_nodes\\anynode\\nodes\\utils.py", line 197, in sanitize_code',
    '    tree = ast.parse(code)',
    '  File "<unknown>", line 1',
    `    ${report}`,
    '       ^^^^^',
    'SyntaxError: invalid syntax',
  ].join('\n');

  it('the compile error is no incident; the report above it is one', () => {
    // As the node logs them: its report, its own caption, then the compile's traceback.
    assert.deepEqual(verdicts(`${report}\nAn error occurred:\n${compiled}\n`), ['openai/model-access/404/gpt-4o']);
    assert.deepEqual(verdicts(`${compiled}\n`), []);
  });

  it("a provider's exception in the same frames stays an incident", () => {
    // A Python frame whose exception is a provider's stays an incident (positive control).
    const py = [
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 5, in <module>',
      '    client.chat.completions.create(model="gpt-4o", messages=[])',
      `openai.NotFoundError: ${report.slice('An error occurred: '.length)}`,
    ].join('\n');
    assert.deepEqual(verdicts(`${py}\n`), ['openai/model-access/404/gpt-4o']);
  });
});

describe("creative tools: ComfyUI-Manager's minute stamp and a node pack's key check", () => {
  const check = 'Error: OpenAI API key is invalid OpenAI features wont work for you';

  it('the bracketed minute before every line is taken off: the stamped check is read', () => {
    const log = ['[2024-03-17 16:43] Starting server', `[2024-03-17 16:43] ${check}`, '[2024-03-17 16:43] QualityOfLifeSuit_Omar92::NSP ready'].join('\n');
    assert.deepEqual(verdicts(`${log}\n`), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(`${check}\n`), ['openai/invalid-token/null/null']);
  });

  it('a stamped line with no failure, or the words naming no provider, stay silent', () => {
    assert.deepEqual(verdicts('[2024-03-17 16:43] To see the GUI go to: http://127.0.0.1:8188\n'), []);
    assert.deepEqual(verdicts('[2024-03-17 16:43] Error: the OpenAI API key is set\n'), []);
    assert.deepEqual(verdicts('Error: Stripe API key is invalid\n'), []);
  });
});

describe("creative tools: an app's words naming Gemini over a relay's answer", () => {
  it("a relay's 403 under `Error calling Gemini API` is no incident; Google's own host is one", () => {
    const relayed = 'Error calling Gemini API: HTTP Error: 403 Client Error: Forbidden for url: https://ai.comfly.chat/v1/chat/completions\n';
    assert.deepEqual(verdicts(relayed), []);
    const own =
      'Error calling Gemini API: HTTP Error: 403 Client Error: Forbidden for url: https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent\n';
    assert.deepEqual(verdicts(own), ['google/permission-denied/403/gemini-2.0-flash']);
  });

  it("the name still counts where no other host is in sight (the app's words alone)", () => {
    assert.deepEqual(verdicts('Error calling Gemini API: 403 PERMISSION_DENIED\n'), ['google/permission-denied/403/null']);
  });
});
