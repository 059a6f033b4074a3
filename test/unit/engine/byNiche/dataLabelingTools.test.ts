import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Data labeling, synthetic data and dataset tools (a blind held-out round on Label Studio, Argilla, distilabel,
// ragas, dataset retrievers and LLM annotators): the datasets library's words for a Hub dataset, the Hub's refusal
// to create a repo, an agent's captured stdout, and the command a venv's prompt ran.
describe('held-out data labeling and dataset tools', () => {
  it("reads the datasets library's gated-dataset refusal, quoted without the Hub's status lines", () => {
    assert.deepEqual(
      verdicts("datasets.exceptions.DatasetNotFoundError: Dataset 'acme/gated-set' is a gated dataset on the Hub.\nYou must be authenticated to access it."),
      ['huggingface/gated-repo/null/null'],
    );
    assert.deepEqual(
      verdicts(
        "DatasetNotFoundError: Dataset 'acme/gated-set' is a gated dataset on the Hub. Visit the dataset page at https://huggingface.co/datasets/acme/gated-set to ask for access.",
      ),
      ['huggingface/gated-repo/null/null'],
    );
    // Negative control: the same class for a local data folder names no access.
    assert.deepEqual(verdicts('datasets.exceptions.DatasetNotFoundError: Unable to find /data/train.jsonl'), []);
  });

  it('reads a dataset the Hub would not show as model-access only with its access hint', () => {
    assert.deepEqual(verdicts("datasets.exceptions.DatasetNotFoundError: Dataset 'acme/private-set' doesn't exist on the Hub or cannot be accessed."), [
      'huggingface/model-access/null/null',
    ]);
    assert.deepEqual(
      verdicts(
        "FileNotFoundError: Couldn't find a dataset script at /work/acme-set/acme-set.py or any data file in the same directory. Couldn't find 'acme-set' on the Hugging Face Hub either: FileNotFoundError: Dataset 'acme-set' doesn't exist on the Hub. If the repo is private or gated, make sure to log in with `huggingface-cli login`.",
      ),
      ['huggingface/model-access/null/null'],
    );
    // Negative control: without the hint the line may be a typo.
    assert.deepEqual(
      verdicts(
        "FileNotFoundError: Couldn't find a dataset script at /work/acme-set/acme-set.py or any data file in the same directory. Couldn't find 'acme-set' on the Hugging Face Hub either: FileNotFoundError: Dataset 'acme-set' doesn't exist on the Hub",
      ),
      [],
    );
  });

  it("reads the Hub's refusal to create a repo under a namespace, printed as a bare body", () => {
    assert.deepEqual(verdicts('{"error":"You don\'t have the rights to create a dataset under this namespace"}'), ['huggingface/permission-denied/null/null']);
    // Negative control: a code host's refusal in like words is no Hub's.
    assert.deepEqual(verdicts('{"error":"You don\'t have permission to create a project in this namespace."}'), []);
  });

  it("reads an agent tool result's captured stdout as printed output", () => {
    const record = (stdout: string): string => JSON.stringify({ stdout, stderr: '', interrupted: false });
    assert.deepEqual(
      verdicts(
        record(
          "Error: Failed to load dataset 'acme/gated-set': DatasetNotFoundError: Dataset 'acme/gated-set' is a gated dataset on the Hub. Visit the dataset page at https://huggingface.co/datasets/acme/gated-set to ask for access.",
        ),
      ),
      ['huggingface/gated-repo/null/null'],
    );
    // Negative controls: another failure in the same record, and a run that went well.
    assert.deepEqual(verdicts(record("Error: ENOENT: no such file or directory, open 'data/train.jsonl'")), []);
    assert.deepEqual(verdicts(record('wrote 120 rows to data/train.jsonl')), []);
  });

  it("takes the model from the command a venv's prompt shows above a Python warning and the error", () => {
    const error =
      "ERROR:acme.clients.llm_client:Encountered authentication error: litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    const warning = [
      'C:\\Users\\me\\acme\\Lib\\site-packages\\pydantic\\_internal\\_config.py:345: UserWarning: Valid config keys have changed in V2:',
      "* 'fields' has been removed",
      '  warnings.warn(message, UserWarning)',
    ];
    assert.deepEqual(verdicts(['(acme) acme complete example.txt -m gpt-4o-mini --model-provider openai', ...warning, error].join('\n')), [
      'openai/invalid-token/401/gpt-4o-mini',
    ]);
    assert.deepEqual(verdicts(['(acme) $ acme complete example.txt --model gpt-4o-mini', ...warning, error].join('\n')), [
      'openai/invalid-token/401/gpt-4o-mini',
    ]);
    // Negative control: words in parentheses that are no env's name head no command.
    assert.deepEqual(verdicts(['(see the README) run it with -m gpt-4o-mini', ...warning, error].join('\n')), ['openai/invalid-token/401/null']);
  });
});
