import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes Go, Rust, JVM and .NET users post (the 2025–26 held-out round on those SDKs and their apps).
describe('Go, Rust, JVM and .NET users held-out shapes', () => {
  it("reads Semantic Kernel 0.x's AIException with the status by name, OpenAI from its connector's class", () => {
    const trace = (cls: string, status: string): string =>
      `Error: Microsoft.SemanticKernel.AI.AIException: Access denied: The request is not authorized, HTTP status: ${status}\n` +
      `at Microsoft.SemanticKernel.Connectors.AI.OpenAI.CustomClient.OpenAIClientBase.ExecutePostRequestAsync[T](String url, String requestBody, CancellationToken cancellationToken)\n` +
      `at Microsoft.SemanticKernel.Connectors.AI.OpenAI.ImageGeneration.${cls}.GenerateImageAsync(String description, Int32 width, Int32 height, CancellationToken cancellationToken)\n` +
      'at Submission#31.<<Initialize>>d__0.MoveNext()\n';
    assert.deepEqual(brief(trace('OpenAIImageGeneration', 'Unauthorized')), ['openai/invalid-token/401/null']);
    assert.deepEqual(
      brief(trace('OpenAIImageGeneration', 'Forbidden')).map((b) => b.split('/')[2]),
      ['403'],
    );
    // Control: Azure's connector class in the same namespace does not name OpenAI.
    assert.ok(!brief(trace('AzureOpenAIImageGeneration', 'Unauthorized')).some((b) => b.startsWith('openai/')));
    // Control: a status name that is no refusal is no status.
    assert.deepEqual(brief('HTTP status: OK\n'), []);
  });
});
