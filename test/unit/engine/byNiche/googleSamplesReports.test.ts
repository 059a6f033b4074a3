import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

// Gemini and Vertex AI errors as users of Google's samples and SDK repositories paste them (round h75).

describe('Google samples: reports quoted without their SDK class', () => {
  it("reads @google/generative-ai's `Error fetching from <url>: [403 Forbidden] …` quoted without its brackets", () => {
    const text =
      'Error fetching from https://generativelanguage.googleapis.com/v1/tunedModels/my-tuned:generateContent: [403 Forbidden] You do not have permission to access tuned model my-tuned\n';
    const [i] = scanText(text);
    assert.equal(i.provider, 'google');
    assert.equal(i.cause, 'model-access');
    assert.equal(i.status, 403);
    assert.equal(i.model, 'tunedModels/my-tuned');
  });

  it('stays silent on the same words from a URL no provider owns', () => {
    const positive = scanText(
      "Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent: [403 Forbidden] Method doesn't allow unregistered callers\n",
    );
    assert.equal(positive.length, 1);
    assert.deepEqual(scanText('Error fetching from https://api.example.com/v1/items: [403 Forbidden] You do not have permission\n'), []);
  });
});

describe('Google samples: a gRPC status name with its HTTP status in parentheses', () => {
  it("reads the status from `FAILED_PRECONDITION (code 400):` above the message (Antigravity CLI's log)", () => {
    const [i] = scanText('FAILED_PRECONDITION (code 400):\nUser location is not supported for the API use.\n');
    assert.equal(i.provider, 'google');
    assert.equal(i.cause, 'unsupported-region');
    assert.equal(i.status, 400);
  });

  it('stays silent when the same line heads a quota message', () => {
    assert.equal(scanText('FAILED_PRECONDITION (code 400):\nUser location is not supported for the API use.\n').length, 1);
    assert.deepEqual(scanText('RESOURCE_EXHAUSTED (code 429):\nResource has been exhausted (e.g. check quota).\n'), []);
  });
});

describe('Google samples: Firebase AI Logic errors as Xcode dumps them', () => {
  const dump = (module: string): string =>
    [
      'GenerateContentError',
      '  ▿ internalError : 1 element',
      '    ▿ underlying : BackendError',
      '      - httpResponseCode : 403',
      '      - message : "Requests from this iOS client application <empty> are blocked."',
      `      - status : ${module}.RPCStatus.permissionDenied`,
      '',
    ].join('\n');

  it("reads an API key app restriction in the dump of FirebaseAI's BackendError", () => {
    const [i] = scanText(dump('FirebaseAI'));
    assert.equal(i.provider, 'google');
    assert.equal(i.cause, 'key-restricted');
    assert.equal(i.status, 403);
  });

  it('stays silent on the same dump from a module that is no AI SDK', () => {
    assert.equal(scanText(dump('FirebaseVertexAI')).length, 1);
    assert.deepEqual(scanText(dump('MapsKit')), []);
  });
});

describe("Google samples: missing keys in Genkit's words", () => {
  const genkit = (variable: string, file: string): string =>
    [
      `Error: Please pass in the API key or set the ${variable} or GOOGLE_API_KEY environment variable.`,
      `    at defineGoogleAIModel2 (${file}:2699:15)`,
      '',
    ].join('\n');

  it("reads Genkit's missing-key message by its Gemini variable, its Vite-prebundled frame as library code", () => {
    const [i] = scanText(genkit('GOOGLE_GENAI_API_KEY', '/w/app/.angular/cache/19.2.5/app/vite/deps_ssr/@genkit-ai_googleai.js'));
    assert.equal(i.provider, 'google');
    assert.equal(i.cause, 'missing-token');
    assert.equal(i.userFrame, null);
  });

  it("keeps the user's own frame and stays silent without a Gemini variable (GOOGLE_API_KEY is any Google API's)", () => {
    const [own] = scanText(genkit('GOOGLE_GENAI_API_KEY', '/w/app/src/vite/models.js'));
    assert.equal(own.userFrame?.file, '/w/app/src/vite/models.js');
    assert.deepEqual(scanText('Error: Please pass in the API key or set the GOOGLE_API_KEY environment variable.\n'), []);
  });
});
