import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes found in a blind held-out round on LangChain, LangGraph and LlamaIndex users and the apps
// built on them: LangChain's CTransformers given a local model file, which the Hub client sends as a
// repo id, the Hub's answer retyped by a poster, embedchain's check for an OpenAI key, and Go's
// Application Default Credentials error under LangChainGo's Vertex client.

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

  it("reads Go's no-credentials error where a Vertex AI client names the API, and only there", () => {
    const adc = 'google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information.';
    assert.deepEqual(verdicts(`Error: vertexai.NewClient: ${adc}\n`), ['google/missing-token/null/null']);
    // Control: the same words from another Google API's client (Cloud Storage) are no AI access failure.
    assert.deepEqual(verdicts(`Error: storage.NewClient: ${adc}\n`), []);
    // Control: nor are they when a report names Vertex only in its own prose (the provider is not in the failure's words).
    assert.deepEqual(verdicts(`Got this error: \`${adc}\` What more should I provide in my Vertex authentication?\n`), []);
  });
});
