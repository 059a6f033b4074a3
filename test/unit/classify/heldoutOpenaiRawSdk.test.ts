import * as assert from 'node:assert/strict';
import { trace, verdict } from './helpers';

describe('classify: held-out raw openai SDK reports (round h58)', () => {
  it('reads the model of a verification message whose backticks were lost, not a model it merely names after', () => {
    assert.equal(
      verdict(
        trace(
          '',
          "Error code: 404 - {'error': {'message': 'Your organization must be verified to use the model o3. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
        ),
      ),
      'openai/org-verification-required/404/o3',
    );
    // Negative control: "this model" names no id, so none is read, backticks or not.
    assert.equal(
      verdict(
        trace(
          '',
          "Error code: 404 - {'error': {'message': 'Your organization must be verified to use this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
        ),
      ),
      'openai/org-verification-required/404/null',
    );
  });
});
