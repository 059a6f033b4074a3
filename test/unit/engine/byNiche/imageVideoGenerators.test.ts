import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on what image and video generation apps print when a provider refuses them (the held-out round on
// ComfyUI/Krita/InvokeAI nodes, gpt-image and Imagen/Veo callers, gated FLUX repos and Civitai look-alikes).
describe('image and video generator shapes', () => {
  it("reads a tool's `No valid API key found. Please set <VAR>` as no key given, the variable telling whose", () => {
    const report = [
      'ERROR: No valid API key found. Please set NANOBANANA_GEMINI_API_KEY, ...',
      'For more details on authentication, visit: https://example.com/docs/authentication.md',
      '',
    ].join('\n');
    assert.deepEqual(verdicts(report), ['google/missing-token/null/null']);
    // Controls: the same words naming no variable of a pack stay silent, and a line saying a valid key was found is no report.
    assert.deepEqual(verdicts('ERROR: No valid API key found. Please set MYAPP_TOKEN, ...\n'), []);
    assert.deepEqual(verdicts('INFO: valid API key found for NANOBANANA_GEMINI_API_KEY\n'), []);
  });
});
