import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// Hugging Face's refusal as tools print it without its class or status (a launcher's console, a
// batch file's output), found in a blind held-out round on the Hub's and the thin providers' messages.

/** The Hub's `Repository Not Found` text for a repo, with the reason line given. */
function notFound(repo: string, reason: string): string {
  return [
    `Repository Not Found for url: https://huggingface.co/${repo}/resolve/main/pipeline.json.`,
    'Please make sure you specified the correct `repo_id` and `repo_type`.',
    'If you are trying to access a private or gated repo, make sure you are authenticated.',
    reason,
    'Press any key to continue . . .',
    '',
  ].join('\n');
}

describe("hub console shapes: the Hub's `Repository Not Found` text printed alone", () => {
  it('is one report, and its reason line says the token was refused', () => {
    assert.deepEqual(verdicts(notFound('org/model', 'Invalid username or password.')), ['huggingface/invalid-token/null/org/model']);
    assert.deepEqual(verdicts(notFound('org/model', 'Invalid credentials in Authorization header')), ['huggingface/invalid-token/null/org/model']);
    // Control: without a reason line the Hub's text says only that the repo is not this caller's to read.
    assert.deepEqual(verdicts(notFound('org/model', 'Something went wrong.')), ['huggingface/model-access/null/org/model']);
  });

  it('a message naming no status over the traceback it was raised from takes that exception line’s status', () => {
    const launcher = [
      'Repository Not Found for url: https://huggingface.co/api/models/org/model/revision/main.',
      'Please make sure you specified the correct `repo_id` and `repo_type`.',
      'If you are trying to access a private or gated repo, make sure you are authenticated.',
      'User Access Token "sd training" is expired',
      '[2025-01-14 01:25:56,985]::[InvokeAI]::ERROR --> Traceback (most recent call last):',
      '  File "D:\\app\\.venv\\Lib\\site-packages\\requests\\models.py", line 1021, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/org/model/revision/main',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(launcher), ['huggingface/invalid-token/401/org/model']);
    // Control: without the traceback's exception line no status is said.
    assert.deepEqual(verdicts(launcher.split('\n').slice(0, 4).join('\n') + '\n'), ['huggingface/invalid-token/null/org/model']);
  });
});

describe("hub console shapes: VS Code's exception panel of a chained exception", () => {
  const panel = (head: string): string =>
    [
      head,
      '401 Client Error. (Request ID: Root=1-abc)',
      '',
      'Repository Not Found for url: https://huggingface.co/org/model/resolve/main/model.pt.',
      'Invalid username or password.',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/org/model/resolve/main/model.pt',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      '  File "/home/me/app.py", line 17, in <module>',
      '    path = hf_hub_download(repo_id="org/model", filename="model.pt")',
      '',
    ].join('\n');

  it('is one report whose frames are the paused exception’s, the cause line and chain line between', () => {
    const got = scanText(panel('Exception has occurred: RepositoryNotFoundError'));
    assert.deepEqual(
      got.map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}/${i.userFrame?.file}:${i.userFrame?.line}`),
      ['huggingface/invalid-token/401/org/model//home/me/app.py:17'],
    );
    // Control: under a head that is no debugger's, the cause line starts a report of its own.
    assert.equal(scanText(panel('RepositoryNotFoundError: 401 Client Error.')).length, 2);
  });
});

describe('hub console shapes: chained exceptions printed as their last lines only', () => {
  const chained = (raised: string): string =>
    [
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/org/model/resolve/main/config.json',
      '',
      raised,
      '',
      'Repository Not Found for url: https://huggingface.co/org/model/resolve/main/config.json.',
      'Please make sure you specified the correct `repo_id` and `repo_type`.',
      '',
      "OSError: org/model is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'",
      '',
    ].join('\n');

  it('reads the last exception line as the one raised, and the lines under it as the same failure', () => {
    const raised = 'huggingface_hub.utils._errors.RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-abc)';
    assert.deepEqual(verdicts(chained(raised)), ['huggingface/model-access/401/org/model']);
    // Control: the HTTP error alone says only that the token was refused.
    assert.deepEqual(verdicts(chained('').split('\n').slice(0, 1).join('\n') + '\n'), ['huggingface/invalid-token/401/org/model']);
  });
});

describe("hub console shapes: the Hub's status head over its `Cannot access content at:` line, the class printed apart", () => {
  const hub = (head: string): string =>
    [
      "httpx.HTTPStatusError: Client error '403 Forbidden' for url",
      "'https://router.huggingface.co/v1/chat/completions'",
      '...',
      head,
      'Cannot access content at: https://router.huggingface.co/v1/chat/completions.',
      'Make sure your token has the correct permissions.',
      'huggingface_hub.errors.HfHubHTTPError: (Request ID: Root=1-abc-...)',
      '',
    ].join('\n');

  it('is one report with the head’s status, and the router’s refusal of its provider is model access', () => {
    assert.deepEqual(verdicts(hub("403 Forbidden: The requested provider 'deepinfra' is not available..")), ['huggingface/model-access/403/null']);
    // Control: the Hub's other refusals keep the permissions hint's reading.
    assert.deepEqual(verdicts(hub('403 Forbidden: Something else.')), ['huggingface/missing-scopes/403/null']);
    assert.equal(scanText('403 Forbidden: The requested provider is down.\nPlease retry later.\n').length, 0);
  });
});

describe("hub console shapes: a client library's own words for the Hub's gated refusal", () => {
  it('reads R hfhub’s `Access denied to gated repository.` and the model its `Visit <…>` line names', () => {
    const r = [
      'Error: Access denied to gated repository.',
      'ℹ This model requires accepting a license agreement.',
      'ℹ Visit <https://huggingface.co/org/model> to accept the terms.',
      'ℹ Make sure you are logged in with the account that owns your HF_TOKEN.',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(r), ['huggingface/gated-repo/null/org/model']);
    // Control: its older words say nothing of access.
    assert.equal(scanText('Error: Distant resource does not seem to be on huggingface.co (missing commit header).\n').length, 0);
  });
});

describe('hub console shapes: huggingface_hub asked for the saved token when there is none', () => {
  it('reads `LocalTokenNotFoundError` as a missing token, its traceback cut to the raise line', () => {
    const cut = [
      '    raise LocalTokenNotFoundError(',
      'huggingface_hub.errors.LocalTokenNotFoundError: Token is required (`token=True`), but no token found. You need to provide a token or be logged in to Hugging Face with `huggingface-cli login` or `huggingface_hub.login`. See https://huggingface.co/settings/tokens.',
      '2025-02-01 21:56:42,107 INFO [uvicorn.error]: connection open',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(cut), ['huggingface/missing-token/null/null']);
    // Control: another huggingface_hub error with no access words stays silent.
    assert.equal(scanText('huggingface_hub.errors.LocalEntryNotFoundError: Cannot find the requested files in the disk cache.\n').length, 0);
  });
});

/** pyannote.audio's message for a Hub repo it could not download, as it prints it (`gap`: lines between head and hint). */
function pyannote(repo: string, gap = ''): string {
  return [
    `Could not download '${repo}' pipeline.`,
    gap + 'It might be because the pipeline is private or gated so make',
    'sure to authenticate. Visit https://hf.co/settings/tokens to',
    'create your access token and retry with:',
    '',
    `   >>> Pipeline.from_pretrained('${repo}',`,
    '   ...                          use_auth_token=YOUR_AUTH_TOKEN)',
    '',
    'If this still does not work, it might be because the pipeline is gated:',
    `visit https://hf.co/${repo} to accept the user conditions.`,
    '',
  ].join('\n');
}

describe("hub console shapes: pyannote.audio's refusal, printed instead of raised", () => {
  it('reads the report line above the hint that anchors it, whatever its width, a blank line between or not', () => {
    assert.deepEqual(verdicts(pyannote('pyannote/speaker-diarization-3.1')), ['huggingface/gated-repo/null/pyannote/speaker-diarization-3.1']);
    assert.deepEqual(verdicts(pyannote('pyannote/speaker-diarization')), ['huggingface/gated-repo/null/pyannote/speaker-diarization']);
    assert.deepEqual(verdicts(pyannote('pyannote/segmentation-3.0', '\n')), ['huggingface/gated-repo/null/pyannote/segmentation-3.0']);
    // Under an app's log lines, an unrelated error after it.
    const logged = ['load speaker brain model...', '', pyannote('org/pipe'), 'Error: boom', ''].join('\n');
    assert.deepEqual(verdicts(logged), ['huggingface/gated-repo/null/org/pipe']);
  });

  it('stays silent on the hint without its report above, and on other download failures', () => {
    const hintAlone = ['Downloading weights...', 'sure to authenticate. Visit https://hf.co/settings/tokens to', ''].join('\n');
    assert.equal(scanText(hintAlone).length, 0);
    assert.equal(scanText("Could not download model from url 'https://example.com/m.onnx'.\n").length, 0);
    // Control: with its report line above, the same hint is read.
    assert.equal(scanText(pyannote('org/pipe')).length, 1);
  });
});

describe("hub console shapes: the Hub's refusal of a direct commit (`pass create_pr=1`) over its permissions hint", () => {
  const commit = (head: string): string =>
    [head, 'Cannot access content at: https://huggingface.co/api/datasets/org/data/commit/main.', 'Make sure your token has the correct permissions.', ''].join(
      '\n',
    );

  it('is permission-denied: the account may not write that repo; other 403 heads keep the hint’s reading', () => {
    assert.deepEqual(verdicts(commit('403 Forbidden: Forbidden: pass `create_pr=1` as a query parameter to create a Pull Request.')), [
      'huggingface/permission-denied/403/null',
    ]);
    // Control: the same hint under another 403 head stays a token-permissions problem.
    assert.deepEqual(verdicts(commit('403 Forbidden: Authorization error..')), ['huggingface/missing-scopes/403/null']);
  });
});

describe("hub console shapes: a downloader's `Repository not found: owner/name` record under httpx's refused request", () => {
  const request = (host: string, status: string): string =>
    `2026-07-23 00:51:27,090 - httpx - INFO - [-] - HTTP Request: GET https://${host}/api/models/org/model/revision/main "HTTP/1.1 ${status}"`;
  const record = '2026-07-23 00:51:27,090 - app.downloader - ERROR - [-] - Repository not found: org/model';

  it('is the Hub refusing that repo: the request line above says whose API and the status', () => {
    assert.deepEqual(verdicts(`${request('huggingface.co', '401 Unauthorized')}\n${record}\n`), ['huggingface/model-access/401/org/model']);
    assert.deepEqual(verdicts(`${request('huggingface.co', '404 Not Found')}\n${record}\n`), ['huggingface/model-access/404/org/model']);
  });

  it('stays silent without the Hub refusing it: alone, under another host, under a request that succeeded, and git’s words', () => {
    assert.equal(scanText(`${record}\n`).length, 0);
    assert.equal(scanText(`${request('api.github.com', '401 Unauthorized')}\n${record}\n`).length, 0);
    assert.equal(scanText(`${request('huggingface.co', '200 OK')}\n${record}\n`).length, 0);
    assert.equal(scanText("remote: Repository not found.\nfatal: repository 'https://github.com/org/model.git/' not found\n").length, 0);
  });

  it("reads aiohttp's response repr with the 404 on a model's inference route, not another status or host", () => {
    const repr = (url: string, status: string): string => `<ClientResponse(${url}) [${status}]>\n<CIMultiDictProxy(\n    'Content-Type': 'text/plain',\n`;
    const model = 'https://api-inference.huggingface.co/models/owner/name';
    assert.deepEqual(verdicts(repr(model, '404 Not Found')), ['huggingface/model-access/404/owner/name']);
    // Controls: a successful response, and the same 404 from a host that is no provider's.
    assert.deepEqual(verdicts(repr(model, '200 OK')), []);
    assert.deepEqual(verdicts(repr('https://api.acme.example/models/owner/name', '404 Not Found')), []);
  });
});
