import * as assert from 'node:assert/strict';
import { located, verdicts } from '../helpers';

// Shapes from course, lab and tutorial repositories (Microsoft Learn labs, course notebooks, fine-tuning
// tutorials), found in a blind held-out round on those repositories.

describe('course lab shapes: a role-based refusal broken off before the action it names', () => {
  const head = 'Failed to load threads for project … The principal User1...@LODS lacks the required data action ';
  const action = 'Microsoft.CognitiveServices/accounts/AIServices/agents/read to perform GET /api/projects/projectName/threads operation';

  it('reads the action on the next line as the same refusal, a blank line between or not, quoted or not', () => {
    for (const text of [`${head}\n${action}\n`, `> ${head}\n\n> ${action}\n`, `${head}\n\n${action}\n`]) {
      assert.deepEqual(verdicts(text), ['azure-openai/principal-no-access/null/null'], text);
    }
  });

  it('does not join across two blank lines, nor a line that is not an action, nor a head that does not break off', () => {
    // Controls: each half alone says too little (the head names no service, the action no refusal).
    assert.deepEqual(verdicts(`${head}\n\n\n${action}\n`), []);
    assert.deepEqual(verdicts(`${head}\n\nPlease ask your administrator for the role.\n`), []);
    assert.deepEqual(verdicts(`The request was refused by the gateway.\n${action}\n`), []);
  });
});

describe("course lab shapes: Agent Framework's Foundry clients refusing to start without a credential", () => {
  it('is a missing credential for Azure AI Foundry (agents and project clients)', () => {
    assert.deepEqual(verdicts('agent_framework.exceptions.ServiceInitializationError: Azure credential is required when agents_client is not provided.\n'), [
      'azure-openai/missing-token/null/null',
    ]);
    assert.deepEqual(verdicts('ValueError: Azure credential is required when using project_endpoint without a project_client.\n'), [
      'azure-openai/missing-token/null/null',
    ]);
  });

  it("stays silent on the same words from another Azure client (a search provider's key)", () => {
    const search =
      "agent_framework.exceptions.ServiceInitializationError: Azure credential is required. Provide 'api_key' or 'credential' parameter or set 'ACME_SEARCH_API_KEY' environment variable.\n";
    assert.deepEqual(verdicts(search), []);
  });
});

describe('course lab shapes: a library refusing to push to the Hub without a login or a token', () => {
  it("is a missing token for Hugging Face (AutoTrain's and huggingpics' words)", () => {
    assert.deepEqual(verdicts('ValueError: Token must be specified for push to hub\n'), ['huggingface/missing-token/null/null']);
    assert.deepEqual(verdicts('RuntimeError: You must log in to push to hub! Run notebook_login() in the cell above.\n'), [
      'huggingface/missing-token/null/null',
    ]);
  });

  it('stays silent on a container registry asking for a login', () => {
    assert.deepEqual(verdicts('Error: You must log in to push to Docker Hub: denied: requested access to the resource is denied\n'), []);
  });
});

describe("course lab shapes: pip's launcher of a package's command is not the user's frame", () => {
  const trace = (launcher: string, line: number, fn = '<module>'): string =>
    [
      'Traceback (most recent call last):',
      `  File "${launcher}", line ${line}, in ${fn}`,
      '    sys.exit(main())',
      '  File "/usr/local/lib/python3.10/dist-packages/acme_cli/main.py", line 45, in main',
      '    client.chat()',
      '  File "/usr/local/lib/python3.10/dist-packages/openai/_base_client.py", line 1061, in _request',
      '    raise self._make_status_error_from_response(err.response) from None',
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      '',
    ].join('\n');

  it('skips the launcher under bin/ (or Scripts\\…exe\\__main__.py on Windows): no user frame', () => {
    for (const launcher of ['/usr/local/bin/acme', '/home/u/proj/.venv/bin/acme-cli', 'C:\\Users\\u\\venv\\Scripts\\acme.exe\\__main__.py']) {
      assert.equal(located(trace(launcher, 8))[0]?.userFrame, null, launcher);
    }
  });

  it("keeps a script's own module-level line, and a long file under bin/, as the user's", () => {
    // Controls: a `.py` file is the user's script; a launcher is a few lines, so line 40 is someone's own code.
    assert.equal(located(trace('/home/u/proj/bin/run.py', 8))[0]?.userFrame, '/home/u/proj/bin/run.py:8');
    assert.equal(located(trace('/home/u/proj/bin/acme', 40))[0]?.userFrame, '/home/u/proj/bin/acme:40');
  });
});
