// One link per provider and cause, the same everywhere it appears: the explanation (hover and
// panel), the handler a wrap-in-catch fix inserts, and the verify message and its button.
import * as assert from 'node:assert/strict';
import { causeTitle } from '../../../src/core/causes';
import { explanationFor } from '../../../src/core/explanations';
import { buildFix } from '../../../src/core/fixes';
import { fixLink, PROVIDERS } from '../../../src/core/providers';
import { outcomeLink } from '../../../src/core/verify/messages';
import { CAUSE_IDS, PROVIDER_IDS } from '../../../src/core/types';

describe('providers: fix links', () => {
  it('sends an OpenAI model-access failure to the model limits page, not the API keys page', () => {
    const link = fixLink('openai', 'model-access');
    assert.match(link, /settings\/organization\/limits$/);
    assert.notEqual(link, PROVIDERS.openai.consoleUrl);
    // Positive control: a token cause keeps the keys page.
    assert.equal(fixLink('openai', 'invalid-token'), PROVIDERS.openai.consoleUrl);
  });

  it('uses the same link in the explanation, the inserted handler and the verify result', () => {
    const link = fixLink('openai', 'model-access');
    const explanation = explanationFor('openai', 'model-access');
    assert.ok(
      explanation.causes.some((c) => c.fix.includes(link)),
      'explanation',
    );
    assert.ok(!JSON.stringify(explanation).includes(PROVIDERS.openai.consoleUrl), 'no keys page in a model-access explanation');
    const text = 'from openai import OpenAI\nclient = OpenAI()\nreply = client.chat.completions.create(model="gpt-4o", messages=[])\n';
    const fix = buildFix({ kind: 'wrap-catch', text, line: 3, language: 'python', provider: 'openai', cause: 'model-access', model: 'gpt-4o' });
    assert.ok(
      fix?.edits.some((e) => e.text.includes(link)),
      'handler code',
    );
    assert.equal(outcomeLink('openai', 'no-access'), link, 'verify');
  });

  it('links every provider and cause to an https page of that provider or its docs', () => {
    for (const provider of PROVIDER_IDS) {
      for (const cause of CAUSE_IDS) assert.match(fixLink(provider, cause), /^https:\/\/[a-z0-9.-]+\//, `${provider} ${cause}`);
    }
  });

  it('titles name every reason a status allows, the most likely first', () => {
    // A 404: a misspelt owner/name, a private model of another account, or a wrong base URL path.
    assert.equal(causeTitle('destination-not-found'), 'The model does not exist or is private, or the URL is wrong');
    // A 403 or 404 naming a model: no access, or no such model.
    assert.match(causeTitle('model-access'), /cannot use this model, or the model does not exist/);
  });
});
