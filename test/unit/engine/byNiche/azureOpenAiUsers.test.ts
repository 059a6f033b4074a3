import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes Azure OpenAI and Foundry users post (the Azure OpenAI 2025–26 held-out round).
describe('Azure OpenAI users held-out shapes', () => {
  it("reads Azure AI's RBAC refusal quoted alone, without status or an `error` word, one incident a line", () => {
    const refusal = (verb: string): string =>
      `- The principal \`User1@contoso.onmicrosoft.com\` ${verb} the required data action \`Microsoft.CognitiveServices/accounts/AIServices/agents/read\` to perform \`GET /api/projects/{projectName}/assistants\` operation.\n`;
    assert.deepEqual(brief(refusal('lacks') + refusal('lacks')), ['azure-openai/principal-no-access/null/null', 'azure-openai/principal-no-access/null/null']);
    // Control: the same words of a principal that holds the action are no refusal.
    assert.deepEqual(brief(refusal('holds')), []);
    // Control: `to perform` in ordinary prose is no report.
    assert.deepEqual(brief('The agent needs the right role to perform `GET /api/projects/x/assistants` operation.\n'), []);
  });

  it("names Azure OpenAI from LiteLLM's and crewAI's AZURE_API_KEY in a wrapper's refusal to start without a key", () => {
    const refusal = (vendor: string, variable: string): string =>
      `Error importing native provider: ${vendor} API key is required. Set ${variable} environment variable or pass api_key parameter.\n`;
    assert.deepEqual(brief(refusal('Azure', 'AZURE_API_KEY')), ['azure-openai/missing-token/null/null']);
    // Control: another vendor's variable names nobody of the nine.
    assert.deepEqual(brief(refusal('Acme', 'ACME_API_KEY')), []);
    // Control: the variable named without a refusal is no incident.
    assert.deepEqual(brief('INFO: using AZURE_API_KEY and AZURE_API_BASE from the environment\n'), []);
  });

  it("reads Azure's tenant refusal from its message quoted alone, without the body's code", () => {
    assert.deepEqual(brief('Error: 400 Token tenant 1234abcd does not match resource tenant.\n'), ['azure-openai/invalid-token/400/null']);
    // Control: another `does not match` refusal is no tenant mismatch and names no provider.
    assert.deepEqual(brief('Error: 400 The resource name does not match resource group naming rules.\n'), []);
  });

  it("reads Azure's RBAC refusal of a data action quoted alone and hard-wrapped, not Resource Manager's of a management action", () => {
    const refusal = (action: string): string =>
      `Principal 00000000-0000 does not have authorization to perform action\n'Microsoft.CognitiveServices/accounts/${action}' over scope\n/subscriptions/0000/resourceGroups/rg/projects/p\n`;
    assert.deepEqual(brief(refusal('OpenAI/responses/action')), ['azure-openai/principal-no-access/null/null']);
    // Control: the control plane's refusal to read the resource is no model call's (also with an `Error:` head).
    assert.deepEqual(brief(refusal('read')), []);
    assert.deepEqual(
      brief(
        "Error: The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/read' over scope '/subscriptions/z' or the scope is invalid.\n",
      ),
      [],
    );
  });

  it("reads the Foundry Agent Service's refusal as a published agent's channel answers it, its data action only", () => {
    const refusal = (action: string, wrap: string): string =>
      `Authorization error encountered when processing your request. \nPlease ensure that the user has Microsoft.CognitiveServices/accounts/${action}${wrap}action on the project. This is typically done by assigning the Azure AI User built-in role to the user.\n`;
    assert.deepEqual(brief(refusal('AIServices/agents/write', ' ')), ['azure-openai/principal-no-access/null/null']);
    // The sentence broken before `action`, as a question quoted it.
    assert.deepEqual(brief(refusal('AIServices/agents/write', ' \n')), ['azure-openai/principal-no-access/null/null']);
    // Control: a management action (Resource Manager's) is no model call's refusal.
    assert.deepEqual(brief(refusal('read', ' ')), []);
    // Control: the same head asking for a role of another service names no provider and no data action.
    assert.deepEqual(
      brief('Authorization error encountered when processing your request. Please ensure that the user has the Storage Blob Data Reader role.\n'),
      [],
    );
  });

  it("reads an agent run's unresolved model deployment (`invalid_engine_error`), naming the model it printed", () => {
    assert.deepEqual(brief('invalid_engine_error: Failed to resolve model info for: gpt-4.1 RunId: run_abc123\n'), ['azure-openai/model-access/null/gpt-4.1']);
    // …and as a framework re-raises the run's last_error dict.
    assert.deepEqual(brief("RuntimeError: Agent run failed: {'code': 'invalid_engine_error', 'message': 'Failed to resolve model info for: gpt-4o-mini'}\n"), [
      'azure-openai/model-access/null/gpt-4o-mini',
    ]);
    // Control: the message alone, without the service's code, names no provider.
    assert.deepEqual(brief('Failed to resolve model info for: gpt-4.1\n'), []);
    // Control: another library's `invalid_engine_error` (a test's name, a config's engine) is no agent run.
    assert.deepEqual(brief('    def test_invalid_engine_error_code_attribute(self):\n        raise ValueError("invalid engine")\n'), []);
  });

  it("reads the hub-based Agent Service's refusal of its agents action quoted alone, without an `error` word", () => {
    const refusal = (action: string): string =>
      `Identity(object id: 00000000-1111-2222-3333-444444444444) does not have permissions for Microsoft.MachineLearningServices/workspaces/${action} actions. Please refer to https://aka.ms/azureml-auth-troubleshooting to fix the permissions issue\n`;
    assert.deepEqual(brief(refusal('agents/action')), ['azure-openai/principal-no-access/null/null']);
    // Control: the workspace's refusal of another action (a dataset's) is no model call's.
    assert.deepEqual(brief(refusal('datasets/registered/write')), []);
    // Control: a role's permission list naming the agents action is no refusal.
    assert.deepEqual(
      brief(
        '  "actions": [\n    "Microsoft.MachineLearningServices/workspaces/agents/action",\n    "Microsoft.MachineLearningServices/workspaces/read"\n  ],\n',
      ),
      [],
    );
  });
});
