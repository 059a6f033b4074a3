import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

// Shapes people post on forums and blogs rather than in issue threads: a head and its body pasted
// as two blocks with the poster's own label between them.
const VERIFY_BODY = [
  '{',
  '    "error": {',
  '        "message": "Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.",',
  '        "type": "invalid_request_error",',
  '        "param": "stream",',
  '        "code": "unsupported_value"',
  '    }',
  '}',
];

describe('forum post shapes', () => {
  it("gives a body the status of the class head above the poster's label", () => {
    const post = ['openai.BadRequestError: Error code: 400', '', 'Error details:', ...VERIFY_BODY].join('\n');
    assert.deepEqual(
      scanText(post).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['openai/org-verification-required/400'],
    );
    // Control: a head that states no status lends none to the body under the label.
    const noStatus = ['openai.BadRequestError: the request failed', '', 'Error details:', ...VERIFY_BODY].join('\n');
    assert.deepEqual(
      scanText(noStatus).map((i) => `${i.cause}/${i.status}`),
      ['org-verification-required/null'],
    );
  });
});

describe('object dumps in forum posts', () => {
  const fields = [
    '    status: 401,',
    "    body: '{\\n' +",
    '      \'  "error": {\\n\' +',
    '      \'    "message": "You have insufficient permissions for this operation. Missing scopes: model.request.",\\n\' +',
    '      \'    "type": "invalid_request_error"\\n\' +',
    "      '  }\\n' +",
    "      '}',",
    '  }',
  ];

  it("reads a dump's status across the blank line a post put under its opening line", () => {
    assert.deepEqual(
      scanText(['upstream error {', '', ...fields].join('\n')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['openai/missing-scopes/401'],
    );
    // Control: a caption that opens no dump does not take the fields below the blank line as its own.
    assert.deepEqual(
      scanText(['upstream error:', '', ...fields.slice(1)].join('\n')).map((i) => `${i.cause}/${i.status}`),
      ['missing-scopes/null'],
    );
  });
});

describe('verification sentences quoted short', () => {
  it('reads the sentence without its link tail or backticks, and not the same words elsewhere', () => {
    assert.deepEqual(
      scanText('403 Your organization must be verified to use the model gpt-image-1.\n').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`),
      ['openai/org-verification-required/403/gpt-image-1'],
    );
    assert.deepEqual(
      scanText('Your organization must be verified to stream this model.\n').map((i) => `${i.provider}/${i.cause}`),
      ['openai/org-verification-required'],
    );
    // Control: the anchor's words in a sentence that is no provider's refusal.
    assert.deepEqual(scanText('You must be verified to use the model viewer in the settings page.\n'), []);
  });
});

describe('a rendered list under its head', () => {
  const list = [
    '',
    '  • 1.Invalid Authentication',
    '  • 2.Incorrect API key provided.',
    '  • 3.Incorrect Organization provided.',
    '    See for more details. ChatGPT error 401: {',
    '    "error": {',
    '    "message": "This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at",',
    '    "type": "invalid_request_error",',
    '    "code": "account_deactivated"',
  ];

  it("reads a head's listed reasons, a blank line below it, and the body an item's wrapped words open as one report", () => {
    const head = 'If you stored your API key in settings.json, make sure it is accurate. (HTTP 401 Unauthorized) Potential reasons:';
    assert.deepEqual(
      scanText([head, ...list].join('\n')).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['openai/account-disabled/401'],
    );
    // Control: a head that does not end in a colon lists nothing; its items are read apart.
    const notAList = scanText(['If you stored your API key in settings.json, make sure it is accurate.', ...list].join('\n'));
    assert.ok(notAList.length > 1, `${notAList.length} incidents`);
  });
});
