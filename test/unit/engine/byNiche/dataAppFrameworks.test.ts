import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Streamlit, Gradio and Chainlit apps, Airflow/Dagster/Databricks jobs and the tools around them calling AI APIs, as
// their users paste the output: shapes found in a blind held-out round (h123).

describe('held-out data apps: a status and the API error type on one line, without `HTTP` or an `Error` class', () => {
  it("a tool's `<status> <type>_error <message>` summary is a report; the type and its `model:` name the provider and model", () => {
    assert.deepEqual(verdicts('Evidence: 404 not_found_error model: claude-3-opus-20240229\n'), ['anthropic/model-access/404/claude-3-opus-20240229']);
    assert.deepEqual(verdicts('probe failed: 401 authentication_error invalid x-api-key\n'), ['anthropic/invalid-token/401/null']);
    // Controls: the same shape for a quota or an overloaded server is no access failure, and a status beside a word
    // that is no API error type (`not_found` alone) is no report.
    assert.deepEqual(verdicts('Evidence: 429 rate_limit_error Number of request tokens has exceeded your per-minute rate limit\n'), []);
    assert.deepEqual(verdicts('Evidence: 404 not_found model: claude-3-opus-20240229\n'), []);
  });
});
