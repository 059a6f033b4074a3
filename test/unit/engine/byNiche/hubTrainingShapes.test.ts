import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { verdicts } from '../helpers';

// The Hub's refusals as posts on training and evaluation tools print them, found in a blind
// held-out round on those repositories (PEFT, Unsloth, LLaMA-Factory, lm-evaluation-harness).

describe('hub training shapes: a retyped not-found head over the Hub hint lines at other indentations', () => {
  const retyped = (reason: string): string =>
    [
      '   401 client error, Repository Not Found for url: https://huggingface.co/org/adapter/resolve/main/adapter_model.safetensors. ',
      ' Please make sure you specified the correct `repo_id` and `repo_type`. ',
      `If you are trying to access a private or gated repo, make sure you are authenticated. ${reason}`,
      '',
    ].join('\n');

  it('is one report, and the reason at the end of the hint line decides the cause', () => {
    assert.deepEqual(verdicts(retyped('Invalid username or password')), ['huggingface/invalid-token/401/org/adapter']);
    // Control: without the reason the Hub's text says only that the repo is not this caller's to read.
    assert.deepEqual(verdicts(retyped('')), ['huggingface/model-access/401/org/adapter']);
  });

  it('an indented head over a line that is not the Hub hint still ends at the margin', () => {
    const text = [
      '   401 client error, Repository Not Found for url: https://huggingface.co/org/adapter/resolve/main/adapter_model.safetensors.',
      'Invalid username or password elsewhere, in prose',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(text), ['huggingface/model-access/401/org/adapter']);
  });
});

describe("hub training shapes: older huggingface_hub's `Repo model … is gated` names the model on any host", () => {
  const gated = (sentence: string, host = 'hub.example.org'): string =>
    [
      'huggingface_hub.utils._errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-65e138d4-abc)',
      '',
      `Cannot access gated repo for url https://${host}/api/models/org/model/revision/main.`,
      sentence,
      '',
    ].join('\n');

  it('reads the model from the sentence', () => {
    assert.deepEqual(verdicts(gated('Repo model org/model is gated. You must be authenticated to access it.')), ['huggingface/gated-repo/401/org/model']);
    // Control: another host's URL alone is not the Hub's, so no model is read from it (the Hub's public mirror,
    // hf-mirror.com, serves the Hub's own repos: its URL names the model).
    assert.deepEqual(verdicts(gated('You must be authenticated to access it.')), ['huggingface/gated-repo/401/null']);
    assert.deepEqual(verdicts(gated('You must be authenticated to access it.', 'hf-mirror.com')), ['huggingface/gated-repo/401/org/model']);
  });
});

describe("hub training shapes: the Hub's refusal to a token not on the list, quoted alone", () => {
  it('is a report (an issue title), its model read from the sentence', () => {
    assert.deepEqual(verdicts('Access to model org/model is restricted and you are not in the authorized list\n'), ['huggingface/gated-repo/null/org/model']);
    // Control: the same opening words about something else are no report.
    assert.deepEqual(verdicts('Access to model settings is restricted to admins and you are not one of them\n'), []);
  });
});

describe("hub training shapes: aiohttp's ClientResponseError under the dataset viewer's aligned field labels", () => {
  const viewer = (message: string): string => ['Status code:   400', 'Exception:     ClientResponseError', `Message:       ${message}`, ''].join('\n');

  it("takes the status from aiohttp's `<status>, message='…'`, not the viewer's own", () => {
    const url = "url=URL('https://huggingface.co/datasets/org/data/resolve/abc/data/train/0000.parquet')";
    assert.deepEqual(verdicts(viewer(`401, message='Unauthorized', ${url}`)), ['huggingface/invalid-token/401/null']);
    // Control: the same words without aiohttp's shape state no status of the Hub's.
    assert.deepEqual(verdicts(viewer(`Unauthorized (see 401 docs), ${url}`)), ['huggingface/invalid-token/null/null']);
  });
});

describe('hub training shapes: a Python frame a terminal cut inside its line number', () => {
  // `  File "<path>", line 7` is exactly 80 columns; `01, in __init__` is the rest of the line number.
  const dir = '/app/finetune/src/';
  const file = dir + 'x'.repeat(80 - '  File "'.length - '", line 7'.length - dir.length - 3) + '.py';
  const trace = (last: string): string =>
    [
      'Traceback (most recent call last):',
      '  File "/app/quickstart.py", line 8, in <module>',
      '    trainer = Trainer()',
      `  File "${file}", line 7`,
      '01, in __init__',
      '    self.client.chat.completions.create(model="gpt-4o", messages=[])',
      '  File "/usr/local/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
      '    raise self._make_status_error_from_response(err.response) from None',
      last,
      '',
    ].join('\n');

  it('joins the pieces: the frame keeps its whole line number', () => {
    const [incident] = scanText(trace('openai.PermissionDeniedError: Error code: 403 - {"error": {"message": "denied"}}'));
    assert.equal(incident.provider, 'openai');
    assert.deepEqual({ ...incident.userFrame, source: undefined }, { file, line: 701, function: '__init__', source: undefined });
    // Control: the same trace ending in a file's permission error is no access failure.
    assert.deepEqual(scanText(trace("PermissionError: [Errno 13] Permission denied: 'out'")), []);
  });
});

describe("hub training shapes: transformers' gated message without its class, above the Hub's status line", () => {
  const lines = ['You are trying to access a gated repo.', 'Make sure to have access to it at https://huggingface.co/org/model.'];
  const status = ['401 Client Error. (Request ID: ...)', 'Cannot access gated repo for url .../config.json. ...', ''];

  it('starts the report at its first line, so the model its hint names is read', () => {
    assert.deepEqual(verdicts([...lines, ...status].join('\n')), ['huggingface/gated-repo/401/org/model']);
    assert.deepEqual(verdicts([lines[1], ...status].join('\n')), ['huggingface/gated-repo/401/org/model']);
    // Control: a line of other output between them: the status line starts its own report, which names no model
    // (the class-less gated message above it is a report of its own, with the repo its hint names).
    assert.deepEqual(verdicts([...lines, 'INFO loading tokenizer', ...status].join('\n')), [
      'huggingface/gated-repo/null/org/model',
      'huggingface/gated-repo/401/null',
    ]);
  });
});

describe("hub training shapes: SD.Next's own log line for a gated repo, under tqdm bars at the terminal's width", () => {
  const bar = (name: string): string => `${name}: 100%|${'█'.repeat(119 - name.length - 36)}| 4.39k/4.39k [00:00<?, ?B/s]`;
  const log = (reason: string): string =>
    [
      'Fetching 29 files:   0%|                                                                        | 0/29 [00:00<?, ?it/s]',
      bar('README.md'),
      bar('LICENSE.md'),
      `15:43:01-330858 ERROR    Diffusers download error: id="black-forest-labs/FLUX.1-dev" ${reason}`,
      '15:43:01-330858 ERROR    Reference download: model="black-forest-labs/FLUX.1-dev"',
      '',
    ].join('\n');

  it('is a gated repo of that id, the log record a line of its own (control: another download error is none)', () => {
    assert.deepEqual(verdicts(log('model access requires login')), ['huggingface/gated-repo/null/black-forest-labs/FLUX.1-dev']);
    assert.equal(scanText(log('model access requires login'))[0].message.startsWith('15:43:01-330858 ERROR'), true);
    assert.deepEqual(verdicts(log('connection timed out')), []);
  });
});
