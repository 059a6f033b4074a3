import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes that databases and search engines calling AI APIs printed in a blind held-out round (BigQuery ML remote
// models, Qdrant's FastEmbed): the provider's refusal arrives in the database tool's own words and layout.

describe("AI databases: bq's query-job error wrapped at the terminal's width", () => {
  const bq = (message: string[]) =>
    ["Error in query string: Error processing job 'maj-", "uat3:bqjob_r35c7773c05fc858d_00000191e242fcf8_1': " + message[0], ...message.slice(1), ''].join(
      '\n',
    );

  it("is BigQuery ML's refusal of a Vertex AI endpoint when the words under bq's head name Vertex AI's role", () => {
    const vertex = bq([
      'bqcx-921384428988-jsjw@gcp-sa-',
      'bigquery-condel.iam.gserviceaccount.com does not have the permission to access',
      'or use the endpoint. Please grant the Vertex AI user role to the service account',
      'following https://cloud.google.com/bigquery/docs/generate-text-tutorial#grant-',
      'permissions. If issue persists, contact bqml-feedback@google.com for help.',
    ]);
    assert.deepEqual(verdicts(vertex), ['google/permission-denied/null/null']);
    // Control: the same head over BigQuery's own refusal of a table names no AI API.
    const table = bq(['Access Denied: Table p:d.t: User does not have permission to', 'query table p:d.t.']);
    assert.deepEqual(verdicts(table), []);
  });

  it('reads the sentence on one line too, and not without a Vertex AI word', () => {
    const line = (tail: string) =>
      `bqcx-1@gcp-sa-bigquery-condel.iam.gserviceaccount.com does not have the permission to access or use the endpoint. ${tail}\n`;
    assert.deepEqual(verdicts(`Error: ${line('Please grant the Vertex AI user role to the service account.')}`), ['google/permission-denied/null/null']);
    // Control: a service account without the AI role's name is no provider's.
    assert.deepEqual(verdicts(`Error: ${line('Please grant the BigQuery Data Viewer role to the service account.')}`), []);
  });
});

describe("AI databases: FastEmbed's loguru line with the Hub's expired-token reason glued to its own words", () => {
  const loguru = (reason: string) =>
    [
      '2024-06-03 14:17:44.104 | ERROR    | fastembed.common.model_management:download_model:236 - Could not download model from HuggingFace: 401 Client Error. (Request ID: Root=1-665dd088-700f65d523b7a4746601336c;19ab477d-0eaf-438d-b57f-4afa629b9a37)',
      '',
      'Repository Not Found for url: https://huggingface.co/api/models/Qdrant/SPLADE_PP_en_v1/revision/main.',
      'Please make sure you specified the correct `repo_id` and `repo_type`.',
      'If you are trying to access a private or gated repo, make sure you are authenticated.',
      `${reason}Falling back to other sources.`,
      '',
    ].join('\n');

  it('is an invalid token when the Hub says the token expired, though no space follows its sentence', () => {
    assert.deepEqual(verdicts(loguru('User Access Token "HybridSearch" is expired')), ['huggingface/invalid-token/401/Qdrant/SPLADE_PP_en_v1']);
    // Control: without the Hub's reason the same 401 is the repo's refusal.
    assert.deepEqual(verdicts(loguru('')), ['huggingface/model-access/401/Qdrant/SPLADE_PP_en_v1']);
  });
});

describe("AI databases: a search service's check of a skill's endpoint key, quoted alone", () => {
  const sentence = (endpoint: string, tail: string) => `> \`The API key provided for endpoint '${endpoint}' is ${tail}.\`\n`;

  it('is an invalid token of the provider whose host the endpoint names', () => {
    assert.deepEqual(verdicts(sentence('https://<resource>.openai.azure.com/openai/v1/chat/completions', 'invalid or has been revoked')), [
      'azure-openai/invalid-token/null/null',
    ]);
    // Control: the same sentence about an endpoint of no provider's names no one.
    assert.deepEqual(verdicts(sentence('https://search.acme.example/v1/embed', 'invalid or has been revoked')), []);
    // Control: a GitHub token's revocation in the same words is no AI provider's.
    assert.deepEqual(verdicts('The personal access token provided to https://api.github.com is invalid or has been revoked.\n'), []);
  });
});

describe("AI databases: a BI server's ex-info data with the provider's body printed as a Clojure map", () => {
  const exInfo = (type: string, body: string, at: string) =>
    [
      '2026-04-14 21:25:44,333 ERROR middleware.log :: POST /api/llm/generate-sql 500 534ms (80 DB calls) {:metabase-user-id 3} ',
      '{:via',
      ' [{:type clojure.lang.ExceptionInfo,',
      '   :message "Acme request failed",',
      '   :data',
      `   {:type ${type}, :status 403, :body ${body}},`,
      `   :at ${at}}`,
      '',
    ].join('\n');
  const refusal = '{"error" {"type" "forbidden", "message" "Request not allowed"}}';

  it("reads Anthropic's region refusal with a blank for the colon, its handler's name in the frame notwithstanding", () => {
    assert.deepEqual(verdicts(exInfo(':anthropic-api-error', refusal, '[metabase.llm.anthropic$handle_api_error invokeStatic "anthropic.clj" 65]')), [
      'anthropic/unsupported-region/403/null',
    ]);
    // Control: another refusal in the same map shape is not Anthropic's region block.
    assert.deepEqual(
      verdicts(exInfo(':acme-api-error', '{"error" {"type" "forbidden", "message" "Request denied"}}', '[acme.client$handle_api_error invoke "client.clj" 9]')),
      [],
    );
    // Control: a relay's own branded error type still names the relay, not the provider.
    assert.deepEqual(verdicts(exInfo(':new_api_error', refusal, '[relay.core$handle invoke "core.clj" 9]')), []);
  });
});
