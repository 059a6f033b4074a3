import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on output that Kubernetes, infrastructure and DevOps AI tools printed (the held-out round
// on k8sgpt, kubectl-ai, HolmesGPT, kagent, AI gateways and their look-alikes: RBAC refusals, registry
// pulls, Grafana/Prometheus 401s).

describe('k8s/DevOps tools: a client factory’s key check offering where the key may come from', () => {
  it('reads `API key must be provided either via … or ACME_API_KEY environment variable` with or without its class', () => {
    const sentence = (v: string): string => `API key must be provided either via api_key parameter or ${v} environment variable`;
    assert.deepEqual(verdicts(`ValueError: ${sentence('AZURE_OPENAI_API_KEY')}\n`), ['azure-openai/missing-token/null/null']);
    // Quoted alone in a bug report, no `ValueError:` before it.
    assert.deepEqual(verdicts(`${sentence('AZURE_OPENAI_API_KEY')}\n`), ['azure-openai/missing-token/null/null']);
    // Controls: the same check for an endpoint (no key missing), a guide's sentence without the check's `either`,
    // and a variable no provider's pack names.
    assert.deepEqual(
      verdicts('ValueError: Azure endpoint must be provided either via azure_endpoint parameter or AZURE_OPENAI_ENDPOINT environment variable\n'),
      [],
    );
    assert.deepEqual(verdicts('Note: the API key must be provided via the AZURE_OPENAI_API_KEY environment variable.\n'), []);
    assert.deepEqual(verdicts(`ValueError: ${sentence('ACME_CORE_API_KEY')}\n`), []);
  });
});

describe('k8s/DevOps tools: a model-fallback loop’s label before the provider’s words', () => {
  it('takes the id the label names over the version the answer resolved it to', () => {
    const answer = '404 models/gemini-1.5-pro-002 is not found for API version v1beta, or is not supported for generateContent.';
    assert.deepEqual(verdicts(`Model models/gemini-1.5-pro failed: ${answer}\n`), ['google/model-access/404/gemini-1.5-pro']);
    assert.deepEqual(verdicts(`WARNING:app:Gemini model gemini-1.5-pro failed: ${answer}\n`), ['google/model-access/404/gemini-1.5-pro']);
    // Controls: a label that names no id leaves the answer's id, and the label alone is no report.
    assert.deepEqual(verdicts(`Model loading failed: ${answer}\n`), ['google/model-access/404/gemini-1.5-pro-002']);
    assert.deepEqual(verdicts('Model gemini-1.5-pro failed: timeout after 30s, trying the next one\n'), []);
  });
});
