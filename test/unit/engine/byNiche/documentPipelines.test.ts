import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

// Shapes from document-parsing, OCR and vision-model pipelines (PDF converters, OCR jobs, captioners).
describe('document and OCR pipeline shapes', () => {
  const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

  it("reads an OCR job's `No API key configured for model …` as that model's provider's missing key", () => {
    assert.deepEqual(brief('"error": "No API key configured for model gemini-3.1-flash-image",\n'), ['google/missing-token/null/gemini-3.1-flash-image']);
    assert.deepEqual(brief('Error: No API key configured for provider anthropic (model claude-sonnet-4-5)\n'), [
      'anthropic/missing-token/null/claude-sonnet-4-5',
    ]);
  });

  it('stays silent on a key that is configured, and on a key no provider pack owns', () => {
    // Controls: the key is there and the call failed for another reason; a mail service's key is missing.
    assert.deepEqual(brief('Using the API key configured for model gemini-2.5-flash; request failed: 503 UNAVAILABLE\n'), []);
    assert.deepEqual(brief('Error: No API key configured for the mail service, cannot send the report\n'), []);
  });

  it("reads Gemini's closed-to-new-users refusal quoted alone, with no error word, as model access", () => {
    const quoted = 'This model models/gemini-2.5-flash-lite is no longer available to new users. Please update your code to use models/gemini-3.5-flash-lite\n';
    assert.deepEqual(brief(quoted), ['google/model-access/null/gemini-2.5-flash-lite']);
    // Controls: a product's own notice with the same words, and ordinary prose with the anchor's words.
    assert.deepEqual(brief('The free plan is no longer available to new users after March.\n'), []);
    assert.deepEqual(brief('This export is not available to free accounts; upgrade to download the PDF.\n'), []);
  });
});
