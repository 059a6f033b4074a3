import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes found in a blind held-out round on LangChain, LangGraph and LlamaIndex users and the apps
// built on them: LangChain's CTransformers given a local model file, which the Hub client sends as a
// repo id, the Hub's answer retyped by a poster, and embedchain's check for an OpenAI key.

const HINT = 'Please make sure you specified the correct `repo_id` and `repo_type`.';
const PRIVATE = 'If you are trying to access a private or gated repo, make sure you are authenticated.';

describe('LangChain and LlamaIndex apps: Hub repo ids without an owner, keys never given', () => {
  it('takes the id from the Hub API record URL even without an owner, and names no model for `None`', () => {
    const notFound = (repo: string) =>
      [`Repository Not Found for url: https://huggingface.co/api/models/${repo}/revision/main.`, HINT, PRIVATE, 'Invalid username or password.', ''].join('\n');
    assert.deepEqual(verdicts(notFound('llama-2-7b-chat.ggmlv3.q8_0.bin')), ['huggingface/invalid-token/null/llama-2-7b-chat.ggmlv3.q8_0.bin']);
    assert.deepEqual(verdicts(notFound('gpt2')), ['huggingface/invalid-token/null/gpt2']);
    // Control: an owner and a name stay one id; a Python `None` passed as the id names no model.
    assert.deepEqual(verdicts(notFound('org/model')), ['huggingface/invalid-token/null/org/model']);
    assert.deepEqual(verdicts(notFound('None')), ['huggingface/invalid-token/null/null']);
  });

  it('keeps the hint a poster set apart by one blank line under the not-found sentence', () => {
    const head = 'Repository Not Found for url: https://huggingface.co/api/models/org/model/revision/main. ';
    const apart = [head, '', `${HINT} ${PRIVATE} Invalid username or password.`, ''].join('\n');
    assert.deepEqual(verdicts(apart), ['huggingface/invalid-token/null/org/model']);
    // Control: without the Hub's reason the sentence says only that the repo is not this caller's to read.
    const noReason = [head, '', `${HINT} ${PRIVATE}`, ''].join('\n');
    assert.deepEqual(verdicts(noReason), ['huggingface/model-access/null/org/model']);
    // Control: two blank lines end the report; the reason line alone below them starts none.
    const farApart = [head, '', '', `${HINT} ${PRIVATE} Invalid username or password.`, ''].join('\n');
    assert.deepEqual(verdicts(farApart), ['huggingface/model-access/null/org/model']);
  });

  it("reads embedchain's pre-flight words for a key never given, not a request for a valid one", () => {
    const lacked = 'ValueError: Please provide an OpenAI API key. You can get one at https://platform.openai.com/account/api-keys\n';
    assert.deepEqual(verdicts(lacked), ['openai/missing-token/null/null']);
    // Control: a key the API refused, the same sentence asking for a valid one, is not a key never given.
    const refused = 'AuthenticationError: Please provide a valid API key. You can get one at https://platform.openai.com/account/api-keys\n';
    assert.deepEqual(verdicts(refused), ['openai/invalid-token/401/null']);
  });
});
