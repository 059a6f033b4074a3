import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { realFixtures, realSummary } from '../../support/realFixtures';

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
});
