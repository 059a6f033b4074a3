import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

const brief = (text: string): string[] => scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

// Wordings of the messages catalogue seen in held-out posts: Anthropic's 404 for a model id that is
// no id, OpenAI's deleted-account refusal, and a tool's status line ending in `Statuscode: 401`.
describe('access messages', () => {
  it("reads Anthropic's model 404 whatever the id looks like, and takes no word of a display name as the model", () => {
    assert.deepEqual(brief('{"type":"not_found_error","message":"model: Claude Sonnet 4.5"}\n'), ['anthropic/model-access/null/null']);
    assert.deepEqual(brief('{"type":"not_found_error","message":"model: claude-3-7-sonnet-20250125"}\n'), [
      'anthropic/model-access/null/claude-3-7-sonnet-20250125',
    ]);
    // The newer wording goes on after the id: the id is still read.
    assert.deepEqual(
      brief(
        "NotFoundError: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-opus-4.8 was not found. Did you mean claude-opus-4-8?'}}\n",
      ),
      ['anthropic/model-access/404/claude-opus-4.8'],
    );
    // Control: the same words in no provider's error shape.
    assert.deepEqual(brief('{"type":"lookup","message":"model: Claude Sonnet 4.5"}\n'), []);
  });

  it("reads OpenAI's deleted-or-deactivated account refusal in its error body", () => {
    assert.deepEqual(
      brief(
        '{"error":{"message":"You do not have an account because it has been deleted or deactivated. If you believe this was an error, please contact us through our help center at help.openai.com.","type":"invalid_request_error","param":null,"code":null}}\n',
      ),
      ['openai/account-disabled/null/null'],
    );
    // Control: a site's own account words, no provider's.
    assert.deepEqual(brief('{"error":{"message":"You do not have an account because it has been deleted or deactivated."}}\n'), []);
  });

  it("reads OpenAI's deactivated-account message shown after its code with no status or error word", () => {
    assert.deepEqual(
      brief(
        'account_deactivated The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.\n',
      ),
      ['openai/account-disabled/null/null'],
    );
    // Control: another service's words for a deactivated key name no provider.
    assert.deepEqual(brief('Your Acme Maps API key has been deactivated by an administrator of your workspace.\n'), []);
  });

  it("takes the status from a tool's short line ending in `Statuscode: 401` above the body", () => {
    const body =
      '{"error":{"message":"Your OpenAI account has been deactivated, please check your email for more information.","type":"requests","param":null,"code":null}}\n';
    assert.deepEqual(brief(`Some error has occurred. Statuscode: 401\n${body}`), ['openai/account-disabled/401/null']);
    // Control: a longer sentence that merely ends in a status is no status line; the body alone states none.
    assert.deepEqual(brief(`We upgraded the client to the newest release and now it says Statuscode: 401\n${body}`), ['openai/account-disabled/null/null']);
  });

  it("takes the status from a tool's short line ending in `status code 404` without a colon above the body", () => {
    const body = "{'error': {'message': 'The model: `gpt-4` does not exist', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}\n";
    assert.deepEqual(brief(`Unknown error, status code 404\n${body}`), ['openai/model-access/404/gpt-4']);
    // Control: a long sentence that ends in a status is no status line; the body alone states none.
    assert.deepEqual(brief(`After the upgrade every request to the chat endpoint fails with status code 404\n${body}`), ['openai/model-access/null/gpt-4']);
  });

  it('takes the status from a sentence ending in `status code 400:` over the body, not from one without the colon', () => {
    const body = '{"object":"error","message":"Invalid model: voxtral-mini-transcribe-realtime-2602","type":"invalid_model","param":null,"code":"1500"}\n';
    assert.deepEqual(brief(`Transcription Failed: The API request failed with status code 400:\n${body}`), [
      'mistral/model-access/400/voxtral-mini-transcribe-realtime-2602',
    ]);
    // Control: the same sentence without its colon is prose about the failure, no head; the body alone states none.
    assert.deepEqual(brief(`Transcription Failed: The API request failed with status code 400\n${body}`), [
      'mistral/model-access/null/voxtral-mini-transcribe-realtime-2602',
    ]);
  });

  it("reads a body's own `raw_status_code` field as its status, and a body without one states none", () => {
    const body = (tail: string) =>
      `API error occurred: Status 400\nBody: {"object":"error","message":"Invalid model: voxtral-small-latest","type":"invalid_model","param":null,"code":"1500"${tail}}\n`;
    assert.deepEqual(brief(body(',"raw_status_code":400')), ['mistral/model-access/400/voxtral-small-latest']);
    // Controls: no status field, and a rate limit's field (429 is never an access failure).
    assert.deepEqual(brief(body('')), ['mistral/model-access/null/voxtral-small-latest']);
    assert.deepEqual(brief(body(',"raw_status_code":429')), []);
  });

  it("reads Chatbox's card: a head with only its status, a blank line, then the words naming the API", () => {
    const card = (who: string): string =>
      `API Error: 403\n\nAn error has occurred with ${who}, which is usually caused by incorrect settings or account issues. Please check your AI settings and account status.\n`;
    assert.deepEqual(brief(card('OpenAI API')), ['openai/permission-denied/403/null']);
    // Controls: the same card for the app's own service, and the bare status over a paragraph naming no API.
    assert.deepEqual(brief(card('Chatbox-AI')), []);
    assert.deepEqual(brief('API Error: 403\n\nThe build went on and the tests passed.\n'), []);
  });

  it("takes the status from plandex's arrow-chain step that holds only it, one step above the message", () => {
    const chain =
      '🚨 Server error\n  → Error starting reply stream\n    → Error, status code\n      → 401, message\n        → Incorrect API key provided\n          → sk-or-v1****de1a. You can find your API key at https://platform.openai.com/account/api-keys.\n';
    assert.deepEqual(brief(chain), ['openai/invalid-token/401/null']);
    // Control: a step that names no status leaves it unstated.
    assert.deepEqual(brief(chain.replace('→ 401, message', '→ Error, message')), ['openai/invalid-token/null/null']);
    // Control: the status step over words that are no provider's is nothing.
    assert.deepEqual(brief('🚨 Server error\n      → 401, message\n        → Session expired, please log in again\n'), []);
  });

  it("reads Open Interpreter's own words for a refused OpenAI model, with the id, and no one's prose", () => {
    const banner =
      "Give Feedback / Get Help: https://github.com/BerriAI/litellm/issues/new\nLiteLLM.Info: If you need to debug this error, use `litellm.set_verbose=True'.\n\n";
    assert.deepEqual(brief(`${banner}  You do not have access to gpt-4-1106-preview. Would you like to try gpt-3.5-turbo instead? (y/n)\n`), [
      'openai/model-access/null/gpt-4-1106-preview',
    ]);
    // Its later wording, alone.
    assert.deepEqual(
      brief(
        '  You do not have access to gpt-4. You will need to add a payment method and purchase credits for the OpenAI API billing page (different from ChatGPT) to use `GPT-4`.\n',
      ),
      ['openai/model-access/null/gpt-4'],
    );
    // Controls: a reporter's prose about the same model, and the words about something that is no model.
    assert.deepEqual(brief("I don't have access to gpt-4 yet, so I switched to gpt-3.5-turbo\n"), []);
    assert.deepEqual(brief('  You do not have access to this repository. Would you like to request access? (y/n)\n'), []);
  });

  it("reads OpenAI's model refusal quoted alone with its backticks lost, and no other resource's", () => {
    assert.deepEqual(
      brief('When I send the request, I receive this error message:\n404 The model o1-2024-12-17 does not exist or you do not have access to it.\n'),
      ['openai/model-access/404/o1-2024-12-17'],
    );
    assert.deepEqual(brief('model_not_found\nThe model gpt-4 does not exist or you do not have access to it.\n'), ['openai/model-access/null/gpt-4']);
    // Controls: the same sentence about a file or a project, with and without an `Error` word before it.
    assert.deepEqual(brief('The file report.pdf does not exist or you do not have access to it.\n'), []);
    assert.deepEqual(brief('Error: The project my-project does not exist or you do not have access to it.\n'), []);
  });

  it("reads Replicate's HTTP API bodies as curl prints them and Codex's ChatGPT-backend refusal, with no error word", () => {
    assert.deepEqual(brief('{"title":"Unauthenticated","detail":"You did not pass an authentication token","status":401}\n'), [
      'replicate/missing-token/401/null',
    ]);
    assert.deepEqual(
      brief(
        '{"title":"Invalid version or not permitted","detail":"The specified version does not exist (or perhaps you don\'t have permission to use it?)","status":422}\n',
      ),
      ['replicate/version-not-permitted/422/null'],
    );
    assert.deepEqual(
      brief('unexpected status 403 Forbidden: Voice session access denied., url: https://chatgpt.com/backend-api/codex/realtime/calls?intent=x\n'),
      ['openai/permission-denied/403/null'],
    );
    // Controls: the same words from no provider, and the backend answering.
    assert.deepEqual(brief('{"code":16,"message":"Unauthenticated","details":[]}\n'), []);
    assert.deepEqual(brief('The license key is valid but you do not have permission to use it on this machine.\n'), []);
    assert.deepEqual(brief('GET https://chatgpt.com/backend-api/codex/responses 200 OK\n'), []);
  });

  it('reads an Anthropic OAuth token without the inference scope as missing scopes, wrapped as posted', () => {
    const wrapped =
      'Error: 403 {"type":"error","error":{"type":"permission_error",\n"message":"OAuth token does not meet scope requirement any_of(user:inference, user:voice,\n org:service_key_inference)"},"request_id":"req_011CY4ZKJWn3U6TnV1BMNW2o"}\n';
    assert.deepEqual(brief(wrapped), ['anthropic/missing-scopes/403/null']);
    // Control: its plain permission refusal stays a permission denial.
    assert.deepEqual(brief('API Error: 403 {"type":"error","error":{"type":"permission_error","message":"Permission denied"}}\n'), [
      'anthropic/permission-denied/403/null',
    ]);
  });

  it('takes no acronym after `model:` for the model, and the id after it still', () => {
    const body = (message: string) =>
      `openai.NotFoundError: Error code: 404 - {'error': {'message': '${message}', 'type': 'invalid_request_error', 'code': 'model_not_found'}}\n`;
    assert.deepEqual(brief(body('failed to create model: API request failed')), ['openai/model-access/404/null']);
    // Control: an id in the same place is the model.
    assert.deepEqual(brief(body('model: gpt-4o is not available')), ['openai/model-access/404/gpt-4o']);
  });

  it("reads Anthropic's bare 404 from the Messages endpoint as a model this key cannot use", () => {
    assert.deepEqual(brief('requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.anthropic.com/v1/messages\n'), [
      'anthropic/model-access/404/null',
    ]);
    assert.deepEqual(brief("aiohttp.client_exceptions.ClientResponseError: 404, message='Not Found', url='https://api.anthropic.com/v1/messages'\n"), [
      'anthropic/model-access/404/null',
    ]);
    assert.deepEqual(brief('Error: HTTP/2 404 returned for `https://api.anthropic.com/v1/messages`.\n'), ['anthropic/model-access/404/null']);
    // Controls: a batch id the account does not have, and another status at the same endpoint.
    assert.deepEqual(
      brief('requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.anthropic.com/v1/messages/batches/msgbatch_01\n'),
      [],
    );
    assert.deepEqual(brief('requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.anthropic.com/v1/messages\n'), [
      'anthropic/permission-denied/403/null',
    ]);
  });

  it("reads Anthropic's 404 for a path it does not serve, in its 2023 body too, whatever the case of `Not Found`", () => {
    assert.deepEqual(brief("Error: Error code: 404 - {'error': {'type': 'not_found_error', 'message': 'Not Found'}}\n"), [
      'anthropic/destination-not-found/404/null',
    ]);
    assert.deepEqual(brief("Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'Not Found'}}\n"), [
      'anthropic/destination-not-found/404/null',
    ]);
    // Controls: an OpenAI-compatible vendor's body (message first, with a code) names no provider of the nine.
    assert.deepEqual(
      brief(
        "Error: {'error': {'message': 'Authentication Fails (no such user)', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}\n",
      ),
      [],
    );
  });

  it('takes the status from an SDK class a report quotes inside its own words', () => {
    assert.deepEqual(brief('3. Error: `openai.error.AuthenticationError: Incorrect API key provided: XXX`.\n'), ['openai/invalid-token/401/null']);
    assert.deepEqual(brief('Error: openai.error.AuthenticationError: Incorrect API key provided: XXX\n'), ['openai/invalid-token/401/null']);
    // Controls: a class no pack has, and no class at all, state no status.
    assert.deepEqual(brief('3. Error: `mylib.errors.CustomError: Incorrect API key provided: XXX`.\n'), ['openai/invalid-token/null/null']);
    assert.deepEqual(brief('3. Error: `Incorrect API key provided: XXX`.\n'), ['openai/invalid-token/null/null']);
    // …and a wrapper's own class keeps the inner one as its cause: no status is read from it.
    assert.deepEqual(brief('com.acme.AiException: openai.error.AuthenticationError: Incorrect API key provided: XXX\n'), ['openai/invalid-token/null/null']);
  });
});
