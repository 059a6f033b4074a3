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
});
