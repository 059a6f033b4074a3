import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from Go, Rust, JVM and .NET SDK repositories' issue threads (the SDK repository-sweep round).
describe('SDK repository sweep shapes', () => {
  it("reads the status from a Rust error chain's cause line for the refused request above the body", () => {
    const chain = (status: string): string =>
      [
        '⏺ [18:18:13] ERROR: Failed to fetch models',
        '',
        'Caused by:',
        '    0: GET https://api.anthropic.com/v1/models',
        `    1: ${status} GET https://api.anthropic.com/v1/models`,
        '    2: {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CTyM4UZZ16p5MZCD3kTwc"}',
        '',
      ].join('\n');
    assert.deepEqual(brief(chain('401')), ['anthropic/invalid-token/401/null']);
    // Control: a cause line with no status states none, so none is read.
    assert.deepEqual(brief(chain('request failed:')), ['anthropic/invalid-token/null/null']);
  });
  it(".NET's `Status:` line under its own exception head keeps the `Content:` body in the same report", () => {
    const report = (head: string): string =>
      [
        `${head} Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com/ or https://ai.azure.com/), or have expired.`,
        'Status: 401 (Unauthorized)',
        '      ',
        'Content:',
        '{ "statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com/ or https://ai.azure.com/), or have expired." }',
        '',
      ].join('\n');
    assert.deepEqual(brief(report('Azure.RequestFailedException:')), ['azure-openai/invalid-token/401/null']);
    // Control: a head that is no .NET exception's (an app's own words) leaves the body a report of its own.
    assert.deepEqual(brief(report('Request failed:')), ['azure-openai/invalid-token/401/null', 'azure-openai/invalid-token/401/null']);
  });

  it('reads whose key a tool lacks from the provider id it names, in any case', () => {
    assert.deepEqual(brief('Error: No API key found for anthropic.\n'), ['anthropic/missing-token/null/null']);
    assert.deepEqual(brief('Error: No API key found for OpenAI.\n'), ['openai/missing-token/null/null']);
    // Control: a service that is none of the packs names no provider.
    assert.deepEqual(brief('Error: No API key found for deepseek.\n'), []);
  });

  it("reads the Azure OpenAI .NET SDK's 404 with no body as a path the resource does not serve", () => {
    const report = (sdk: string): string =>
      [
        'System.ClientModel.ClientResultException: Service request failed.',
        'Status: 404 (Not Found)',
        '',
        `   at ${sdk}.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message, RequestOptions options)`,
        '   at QuizApp.Components.Pages.Quiz.MoveToNextQuestionAsync() in C:\\src\\Quiz.razor.cs:line 49',
        '',
      ].join('\n');
    assert.deepEqual(brief(report('Azure.AI.OpenAI')), ['azure-openai/destination-not-found/404/null']);
    // Control: the same bodiless 404 from another Azure service's SDK is no AI access problem.
    assert.deepEqual(brief(report('Azure.AI.FormRecognizer')), []);
  });
});
