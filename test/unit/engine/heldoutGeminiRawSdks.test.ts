import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: Gemini and Vertex AI raw-SDK reports as users paste them (held-out round h57)', () => {
  it("Google: the leaked-key sentence quoted alone is a report; the same words about another vendor's token are not Google's", () => {
    assert.deepEqual(read('Your API key was reported as leaked. Please use another API key.\n'), ['google/key-leaked/null/null']);
    assert.deepEqual(read('Error: your API key was reported as leaked. Please use another token from the vault.\n'), []);
  });
});
