import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { withoutOwnSlug } from '../../../../src/core/findModel';

// Shapes that PHP and Ruby apps and CMS plugins (WordPress, MODX, Laravel, Nextcloud, agent
// frameworks) printed in a blind held-out round: a router's model id sent straight to Gemini and
// echoed back with its prefix, a PHP client's `Network error during POST …` line whose body is a
// front end's bot page, and Gemini's method after a bare model id.

function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

describe("PHP/Ruby apps: a router's model id that reached the provider", () => {
  it("keeps the prefix Gemini's own refusal echoes in its resource path", () => {
    assert.deepEqual(
      verdicts(
        'models/google/gemini-2.5-flash-image is not found for API version v1beta, or is not supported for predict. Call ListModels to see the list of available models and their supported methods.\n',
      ),
      ['google/model-access/null/google/gemini-2.5-flash-image'],
    );
    // …also JSON-escaped, as PHP's encoder writes the slash.
    assert.deepEqual(
      verdicts(
        '{"error":{"code":404,"message":"models\\/google\\/gemini-2.0-flash-001 is not found for API version v1beta, or is not supported for generateContent.","status":"NOT_FOUND"}}\n',
      ),
      ['google/model-access/404/google/gemini-2.0-flash-001'],
    );
    // Control: a refusal of the bare id keeps the id as it was.
    assert.deepEqual(verdicts('404 models/gemini-pro is not found for API version v1beta, or is not supported for generateContent.\n'), [
      'google/model-access/404/gemini-pro',
    ]);
  });

  it('takes the prefix off when the answer names the id without it', () => {
    assert.equal(withoutOwnSlug('google', 'google/gemini-x-9', 'models/gemini-x-9 is not found for API version v1beta'), 'gemini-x-9');
    assert.equal(withoutOwnSlug('google', 'google/gemini-x-9', 'models/google/gemini-x-9 is not found for API version v1beta'), 'google/gemini-x-9');
    // Control: a longer id the echo starts with is not this one.
    assert.equal(withoutOwnSlug('google', 'google/gemini-x', 'models/google/gemini-x-9 is not found for API version v1beta'), 'gemini-x');
    // Control: another provider's prefix never comes off.
    assert.equal(withoutOwnSlug('huggingface', 'google/gemma-2b', ''), 'google/gemma-2b');
  });
});

describe("PHP/Ruby apps: a client's `Network error during POST …` line", () => {
  const sorryPage =
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title>Sorry...</title></head><body>Our systems have detected unusual traffic from your computer network.</body></html>';

  it("is a report, and a front end's bot page as its body is a network block", () => {
    assert.deepEqual(verdicts(`Network error during POST gemini-3.1-pro-preview:generateContent: ${sorryPage}\n`), [
      'google/network-block/null/gemini-3.1-pro-preview',
    ]);
    assert.deepEqual(
      verdicts(`Network error during POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: ${sorryPage}\n`),
      ['google/network-block/null/gemini-2.5-flash'],
    );
    // …and a refusal as its body is read as any other.
    assert.deepEqual(
      verdicts(
        'Network error during POST https://api.anthropic.com/v1/messages: {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\n',
      ),
      ['anthropic/invalid-token/null/null'],
    );
  });

  it('stays silent for a timeout, a server error, an overload, or no provider', () => {
    assert.deepEqual(
      verdicts(
        'Network error during POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: cURL error 28: Operation timed out after 30001 milliseconds\n',
      ),
      [],
    );
    assert.deepEqual(
      verdicts(
        'Network error during POST https://api.openai.com/v1/chat/completions: <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n',
      ),
      [],
    );
    assert.deepEqual(
      verdicts(
        'Network error during POST https://api.anthropic.com/v1/messages: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n',
      ),
      [],
    );
    assert.deepEqual(verdicts(`Network error during POST https://www.example.com/search: ${sorryPage}\n`), []);
  });
});
