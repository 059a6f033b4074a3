import * as assert from 'node:assert/strict';
import { verdicts } from './helpers';

// A Rust error chain (anyhow): `Error: …`, a blank line, `Caused by:`, then the causes indented below it. The
// cause that states the same request's status again is that error's cause, not a second failed call.

const URL = 'https://huggingface.co/acme-org/Acme-7b/resolve/main/tokenizer.json';
const ONE = ['huggingface/invalid-token/401/acme-org/Acme-7b'];

describe('cause chains: a Rust error and its `Caused by:` list', () => {
  it('reads the error and the cause restating its status as one incident', () => {
    const chain = `Error: request error: ${URL}: status code 401\n\nCaused by:\n    ${URL}: status code 401\n`;
    assert.deepEqual(verdicts(chain), ONE);
    // Numbered causes, as anyhow prints more than one.
    assert.deepEqual(verdicts(`Error: request error: ${URL}: status code 401\n\nCaused by:\n    0: ${URL}: status code 401\n`), ONE);
  });

  it('control: the same two lines with no heading between are two reports, and so is a cause stating another status', () => {
    assert.deepEqual(verdicts(`Error: request error: ${URL}: status code 401\n\n    ${URL}: status code 401\n`), [...ONE, ...ONE]);
    assert.equal(verdicts(`Error: request error: ${URL}: status code 401\n\nCaused by:\n    ${URL}: status code 403\n`).length, 2);
    // A heading that is not right below the error (another line came between): the cause is read as its own call.
    assert.deepEqual(verdicts(`Error: request error: ${URL}: status code 401\n\nRetrying in 2 seconds.\n\nCaused by:\n    ${URL}: status code 401\n`), [
      ...ONE,
      ...ONE,
    ]);
  });
});
