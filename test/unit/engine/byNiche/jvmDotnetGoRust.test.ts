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

  it("joins Codex's status head over an HTML page printed on several lines to the `, url:` field after the page", () => {
    const page = (tail: string): string =>
      'unexpected status 403 Forbidden: <html>\n  <head>\n    <meta name="viewport" content="width=device-width" />\n' +
      `    <style global>body{font-family:Arial}.data{color:#8e8ea0}c...${tail}\n`;
    const [incident] = scanText(page(', url: https://chatgpt.com/backend-api/codex/responses, cf-ray: a37440758cd97d73-HKG'));
    assert.deepEqual([incident?.provider, incident?.status], ['openai', 403]);
    // Control: the same page with no URL after it names no provider (a local balancer's nginx page).
    assert.deepEqual(brief(page('')), []);
    // Control: a line that is no markup between the head and the URL line does not join them.
    const broken = 'unexpected status 403 Forbidden: <html>\nplain words here\n    <style>c..., url: https://chatgpt.com/backend-api/codex/responses\n';
    assert.ok(!scanText(broken).some((i) => i.status === 403));
  });

  it("reads System.ClientModel's `Service request failed.\\nStatus: 401 (Unauthorized)` in a JSON log's fields, no class printed", () => {
    const message = '"message": "Service request failed.\\nStatus: 401 (Unauthorized)\\n",\n';
    const frames =
      '"stackTrace": "   at Azure.AI.OpenAI.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message, RequestOptions options)\\n   at Azure.AI.OpenAI.Chat.AzureChatClient.CompleteChatAsync(BinaryContent content, RequestOptions options)\\n"\n';
    assert.deepEqual(brief(message + frames), ['azure-openai/invalid-token/401/null']);
    // Control: the same field with no SDK frame names no provider.
    assert.deepEqual(brief(message), []);
    // Control: a benign line in parentheses that says Unauthorized is no report.
    assert.deepEqual(brief('The page shows a lock icon (Unauthorized) next to private repos.\n'), []);
  });
});
