import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('classify: Azure samples and Microsoft repos (held-out round h74)', () => {
  it("Azure: the hub-based Agent Service's refusal of the agents data action, logged by a script, is a principal without access", () => {
    const refusal = (action: string): string =>
      `Creating agent...\nERROR:__main__:An error occurred initializing the agent: (UserError) Identity(object id: 65e53849-9b40-4a94-926a-ec578f2719f8) does not have permissions for Microsoft.MachineLearningServices/workspaces/${action} actions. Please refer to https://aka.ms/azureml-auth-troubleshooting to fix the permissions issue.\nCode: UserError\n`;
    assert.deepEqual(read(refusal('agents/action')), ['azure-openai/principal-no-access/null/null']);
    // The same workspace refusing a data asset is no model call.
    assert.deepEqual(read(refusal('datasets/registered/write')), []);
  });
});
