import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from agent frameworks' threads and the tools built on them (the agent-framework held-out round).
describe('Agent framework held-out shapes', () => {
  it('reads whose key an agent lacks when it names the provider quoted after `provider`', () => {
    const line = (id: string): string =>
      `⚠️ Agent failed before reply: No API key found for provider "${id}". Auth store: C:\\Users\\a\\.openclaw\\agents\\main\\agent\\auth-profiles.json\n`;
    assert.deepEqual(brief(line('anthropic')), ['anthropic/missing-token/null/null']);
    // Control: a provider that is none of the packs names nobody.
    assert.deepEqual(brief(line('deepseek')), []);
  });
});
