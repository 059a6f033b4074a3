import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Shapes from science, engineering and GIS tools that call AI APIs (MATLAB toolboxes, QGIS/geemap, research agents).
describe('Science and GIS tools held-out shapes', () => {
  it("reads LLMs with MATLAB's missing-key report under MATLAB's `Error using … (line N)` head", () => {
    const report = (envVar: string): string =>
      'Error using llms.internal.getApiKeyFromNvpOrEnv (line 20)\n' +
      `Unable to find API key. Either set environment variable ${envVar} or specify name-value\n` +
      'argument "APIKey".\n';
    assert.deepEqual(brief(report('OPENAI_API_KEY')), ['openai/missing-token/null/null']);
    // Control: the same sentence naming a variable no pack owns names nobody.
    assert.deepEqual(brief(report('ACME_TOOL_PATH')), []);
  });

  it("reads BigQuery ML's refusal of a Vertex AI endpoint to its connection's service account, hard-wrapped in Terraform's box", () => {
    const report = (role: string): string =>
      "│ Error in query string: Error processing job 'p-\n" +
      "│ demo:bqjob_r1': bqcx-1-s3pp@gcp-sa-\n" +
      '│ bigquery-condel.iam.gserviceaccount.com does not have the permission to access\n' +
      `│ or use the endpoint. Please grant the ${role} role to the service account\n` +
      '│ following https://cloud.google.com/bigquery/docs/generate-text-tutorial#grant-\n' +
      '│ permissions.\n';
    assert.deepEqual(brief(report('Vertex AI user')), ['google/permission-denied/null/null']);
    // Control: the same refusal naming a role of no AI API (a BigLake table's storage) names nobody.
    assert.deepEqual(brief(report('Storage Object Viewer')), []);
  });
});
