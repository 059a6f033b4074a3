import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REAL_FIXTURES, realFixtures, realSummary } from '../../support/realFixtures';

// Output indented as a whole (quoted in a post, nested in a list, shifted by a tool) reads as if
// printed at column 0: a Python traceback under an indented header, an error head on its own.
const PYTHON = [
  'Traceback (most recent call last):',
  '  File "/home/dev/app/main.py", line 12, in <module>',
  '    reply = client.chat.completions.create(model="gpt-4o", messages=msgs)',
  '  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request',
  '    raise self._make_status_error_from_response(err.response) from None',
  "openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You do not have access to model gpt-4o', 'type': 'invalid_request_error', 'code': 'model_not_found'}}",
].join('\n');

function read(text: string): string {
  return JSON.stringify(scanText(text, 'indent').map(realSummary));
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

describe('output indented as a whole', () => {
  it('reads an indented Python traceback like the original: user frame, model, status', () => {
    const want = read(PYTHON);
    assert.match(want, /"file":"\/home\/dev\/app\/main.py","line":12/);
    assert.match(want, /"model":"gpt-4o"/);
    for (const by of ['  ', '    ', '\t']) assert.equal(read(indent(PYTHON, by)), want, JSON.stringify(by));
  });

  it('reads an indented one-line error head like the original', () => {
    const cohere = realFixtures().find((f) => f.name === 'cohere/cohereapierror-model-xlarge-not-found.txt');
    assert.ok(cohere);
    assert.equal(read(cohere.text), JSON.stringify(cohere.expect));
    assert.equal(read(indent(cohere.text, '  ')), JSON.stringify(cohere.expect));
  });

  it('ends the block at the first line that lacks the indentation', () => {
    const two = indent(PYTHON, '  ') + '\n$ python other.py\n' + PYTHON.replace('gpt-4o', 'gpt-4.1').replace('gpt-4o', 'gpt-4.1');
    const got = scanText(two, 'indent').map((i) => i.model);
    assert.deepEqual(got, ['gpt-4o', 'gpt-4.1']);
  });

  // One of each head the cutter starts on: a Node dump without its head, an IPython cell, a
  // pretty-printed JSON body, a debugger's exception view, a tool's JSON error, a one-line report,
  // Python frames whose header was cut off.
  const HEADS = [
    'anthropic/request-not-allowed-headers-only-cerebellum.txt',
    'jupyter/colab-openai-legacy-gpt4-does-not-exist.txt',
    'openai/account-deactivated-json-nextchat.txt',
    'replicate/replicate-python-164-debugger-version-not-permitted.txt',
    'tool-wrapped/n8n-12856-node-error-json-raw-404-model.txt',
    'one-line/cherry-studio-3340-anthropic-org-disabled-400.txt',
    'openai-legacy/invalidrequesterror-gtp-4-ci.txt',
  ];
  it('reads every kind of head the same when the whole output is indented', () => {
    const fixtures = realFixtures().filter((f) => HEADS.includes(f.name));
    assert.equal(fixtures.length, HEADS.length);
    for (const f of fixtures) {
      const want = JSON.stringify(f.expect);
      assert.notEqual(want, '[]', f.name);
      assert.equal(read(f.text), want, `${f.name} as posted`);
      for (const by of ['  ', '    ']) assert.equal(read(indent(f.text, by)), want, `${f.name} indented by ${by.length}`);
    }
  });

  it('stays silent on indented negatives', () => {
    const pending = JSON.parse(fs.readFileSync(path.join(REAL_FIXTURES, 'pending.json'), 'utf8')) as Record<string, string>;
    const negatives = realFixtures().filter((f) => f.shape === 'negative' && pending[f.name] === undefined);
    assert.ok(negatives.length > 40);
    for (const f of negatives) assert.equal(read(indent(f.text, '  ')), '[]', f.name);
  });
});
