import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe("classify: Gemini and Azure OpenAI messages in users' own framing (held-out round h40)", () => {
  it("Google: Gemini CLI's `(Status: …)` frame with Google's status word names Google; a fork's HTTP code there does not", () => {
    assert.deepEqual(read('"✕ [API Error: API key not valid. Please pass a valid API key. (Status: INVALID_ARGUMENT)]\n'), ['google/invalid-token/null/null']);
    assert.deepEqual(read('✕ [API Error: API key not valid. Please pass a valid API key. (Status: 401)]\n'), []);
  });

  it('Google: a qualified service title before "has not been used in project" is still the API not enabled', () => {
    const body = (api: string, service: string): string =>
      `HTTP response 403:\n{\n  "error": {\n    "code": 403,\n    "message": "${api} has not been used in project 1 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${service}/overview?project=1 then retry.",\n    "status": "PERMISSION_DENIED"\n  }\n}\n`;
    assert.deepEqual(read(body('Generative Language API (Staging)', 'staging-generativelanguage.sandbox.googleapis.com')), ['google/api-not-enabled/403/null']);
    assert.deepEqual(read(body('Cloud Deployment Manager API (Beta)', 'deploymentmanager.googleapis.com')), []);
  });

  it("Azure: Cognitive Services' older key sentence ending at the key is another API's; Azure OpenAI's goes on", () => {
    assert.deepEqual(
      read(
        'openai.error.AuthenticationError: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\n',
      ),
      ['azure-openai/invalid-token/401/null'],
    );
    assert.deepEqual(
      read('mstranslator.AccessError: Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\n'),
      [],
    );
    assert.deepEqual(
      read(
        'Unhandled rejection Error: { "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }\n',
      ),
      [],
    );
  });

  it("Azure: an IDE report's `Error Message:` field with the RBAC refusal and no status; another field's words are not", () => {
    const report = (message: string): string => `Action: ThreadRootTreeNode.getChildren\nError type: PermissionDenied\nError Message: ${message}\n`;
    assert.deepEqual(
      read(
        report(
          'The principal `abc` lacks the required data action `Microsoft.CognitiveServices/accounts/AIServices/agents/read` to perform `GET /api/projects/{projectName}/threads` operation.',
        ),
      ),
      ['azure-openai/principal-no-access/null/null'],
    );
    assert.deepEqual(read(report('Failed to load the list of threads for project p.')), []);
  });

  it('Google: an account barred from Gemini for its terms is account-disabled; a bare caller refusal stays permission-denied', () => {
    const body = (message: string): string =>
      `HTTP 403: {\n  "error": {\n    "code": 403,\n    "message": "${message}",\n    "status": "PERMISSION_DENIED"\n  }\n}\n  model: gemini-2.5-pro\n`;
    assert.deepEqual(read(body('Gemini has been disabled in this account for violation of Terms of Service.')), ['google/account-disabled/403/null']);
    assert.deepEqual(read(body('The caller does not have permission. Gemini request failed.')), ['google/permission-denied/403/null']);
  });

  it("Azure: Resource Manager's DeploymentNotFound for a template deployment is no model deployment", () => {
    assert.deepEqual(
      read(
        "openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.'}}\n",
      ),
      ['azure-openai/model-access/404/null'],
    );
    assert.deepEqual(read('{"error":{"code":"DeploymentNotFound","message":"Deployment \'keyvault-20240101\' could not be found."}}\n'), []);
  });
});
