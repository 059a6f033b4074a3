import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Each incident as provider/cause/status/model. */
function read(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

// Localisation tools and desktop utilities printing a provider's refusal in their own exceptions (held-out round h138).
describe('held-out localisation-tool reports', () => {
  it("reads Azure OpenAI's DeploymentNotFound code in a plugin's own exception that says no `error` word", () => {
    const trace = [
      'Caused by: com.example.translate.AcmeStatusException: 404 Not Found - DeploymentNotFound. Status=404, Url=https://res-1.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01',
      '\tat com.example.translate.AcmeHttp.post(AcmeHttp.kt:30)',
      '\tat com.example.translate.Translator.translate(Translator.kt:12)',
    ].join('\n');
    assert.deepEqual(read(trace), ['azure-openai/model-access/404/gpt-4o']);
    assert.equal(scanText(trace)[0]?.userFrame?.file, 'AcmeHttp.kt');
    // Negative control: Resource Manager's template deployment of the same name in the same shape is no model's.
    const arm =
      'Caused by: com.example.deploy.ArmStatusException: 404 Not Found - DeploymentNotFound. Status=404, Url=https://management.azure.com/subscriptions/s1/resourcegroups/rg/providers/Microsoft.Resources/deployments/main?api-version=2021-04-01\n\tat com.example.deploy.Arm.get(Arm.kt:30)';
    assert.deepEqual(read(arm), []);
  });
});
