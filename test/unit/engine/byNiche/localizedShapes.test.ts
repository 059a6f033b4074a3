import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes read on what non-English-speaking users posted (the held-out round on Chinese, Japanese,
// Korean, Russian and Spanish posts): the provider's English words inside localized prose, bodies
// whose indentation and quotes a post changed, vendors that copy OpenAI's wording. Each with a
// look-alike that must stay silent.

describe('Localized posts: quoted provider messages', () => {
  it("reads OpenAI's older deactivated-key sentence quoted alone before the reporter's words, not another service's", () => {
    const sentence = 'This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at ';
    assert.deepEqual(verdicts(`${sentence}help.openai.com\n\n今早被封号。\n`), ['openai/account-disabled/null/null']);
    assert.deepEqual(verdicts(`${sentence}help.example.com\n\n今早被封号。\n`), []);
  });

  it("reads OpenAI's bad-key message glued into Chinese prose, not DashScope's copy that sends the reader to its own docs", () => {
    const line = (message: string): string =>
      `为什么总是报错openai.AuthenticationError: Error code: 401 - {'error': {'message': '${message}', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}呢？\n`;
    assert.deepEqual(verdicts(line('Incorrect API key provided: sk-abc***1234. You can find your API key at https://platform.openai.com/account/api-keys.')), [
      'openai/invalid-token/401/null',
    ]);
    assert.deepEqual(verdicts(line('Incorrect API key provided. For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error')), []);
  });
});

describe('Localized posts: messages under an app heading', () => {
  it("reads Gemini's bad-key message under an `Error` heading the same with trailing spaces, not the sentence without Google's details", () => {
    const details =
      '[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]';
    const message = `API key not valid. Please pass a valid API key. ${details}`;
    assert.deepEqual(verdicts(`Error\n${message}\n`), ['google/invalid-token/null/null']);
    assert.deepEqual(verdicts(`Error \n${message} \n`), ['google/invalid-token/null/null']);
    assert.deepEqual(verdicts('Error \nAPI key not valid. Please pass a valid API key. \n'), []);
  });
});

describe('Localized posts: bodies a post flattened', () => {
  const body = (q: [string, string]): string =>
    [
      '{',
      `${q[0]}error${q[1]}: {`,
      `${q[0]}message${q[1]}: ${q[0]}Incorrect API key provided: sk-in0LD***5SOS. You can find your API key at https://platform.openai.com/account/api-keys.${q[1]},`,
      `${q[0]}code${q[1]}: ${q[0]}invalid_api_key${q[1]}`,
      '}',
      '}',
    ].join('\n');
  const caption = 'HTTP POST https://api.openai.com/v1/chat/completions failed with status code 401:';

  it('reads the status from the caption above a body whose indentation was lost, with straight or typographic quotes', () => {
    assert.deepEqual(verdicts(`${caption}\n${body(['"', '"'])}\n`), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(`${caption}\n${body(['“', '”'])}\n`), ['openai/invalid-token/401/null']);
  });

  it('does not take a line above as the caption when no lone `{` opens the body under it', () => {
    const noBrace = body(['"', '"']).split('\n').slice(1).join('\n');
    assert.deepEqual(verdicts(`${caption}\n\n${noBrace}\n`), ['openai/invalid-token/null/null']);
  });
});

describe('Localized posts: a status line above the report', () => {
  const report = '2022-12-15 16:18:28 ❌ Incorrect API key provided: undefined. You can find your API key at https://beta.openai.com.';

  it("reads the status from a bot's labelled status line right above a report that states none", () => {
    assert.deepEqual(verdicts(`❌ Code 401: Unauthorized\n${report}\n`), ['openai/invalid-token/401/null']);
    assert.deepEqual(verdicts(`401 Unauthorized\n${report}\n`), ['openai/invalid-token/401/null']);
  });

  it('does not take a status from a line a blank line away, nor from a line that is no status line', () => {
    assert.deepEqual(verdicts(`❌ Code 401: Unauthorized\n\n${report}\n`), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(`Step 401 Done\n${report}\n`), ['openai/invalid-token/null/null']);
  });
});

describe('Localized posts: exception objects and quotes in notes', () => {
  it("reads the Gemini Dart SDK's region refusal printed as `Instance of 'UnsupportedUserLocation'` in a result map, not an app's own class", () => {
    const map = (value: string): string => `{property: Анализ, value: 0.8, response: Instance of '${value}'}\n`;
    assert.deepEqual(verdicts(map('UnsupportedUserLocation')), ['google/unsupported-region/null/null']);
    assert.deepEqual(verdicts(map('UserLocationService')), []);
  });

  it("reads gaxios's error pasted from its `config: {…}` on with the `data:` body below, by the URL in the config; not another Google API's", () => {
    const dump = (url: string): string =>
      `config: {\n      url: '${url}',\n      method: 'POST',\n      headers: [Object],\n      errorRedactor: [Function: defaultErrorRedactor]\n    },\n    data: '[{\\n' +\n      '  "error": {\\n' +\n      '    "code": 403,\\n' +\n      '    "message": "The caller does not have permission",\\n' +\n      '    "status": "PERMISSION_DENIED"\\n' +\n      '  }\\n' +\n      '}\\n' +\n      ']',\n\n질의하면 위와같이 오류 납니다.\n`;
    assert.deepEqual(verdicts(dump('https://cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse')), ['google/permission-denied/403/null']);
    assert.deepEqual(verdicts(dump('https://sheets.googleapis.com/v4/spreadsheets/abc/values/A1')), []);
  });

  it("joins a quote wrapped at a space mid-sentence (a note's list item) with the space, a line cut at the margin as is", () => {
    const quoted = (rest: string): string =>
      `1. **Raw 401.** На запрос с битым OPENAI_API_KEY пользователь\n   видел \`Ошибка: Error code: 401 - {'error': {'message': 'Incorrect API\n   key provided${rest}\`. Утечка.\n`;
    assert.deepEqual(verdicts(quoted(': changeme...')), ['openai/invalid-token/401/null']);
    // DashScope's copy of the sentence sends the reader to its own docs: not OpenAI's.
    assert.deepEqual(verdicts(quoted(". For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error'")), []);
    // A report from the margin cut mid-word at the terminal's width still joins as is.
    assert.deepEqual(
      verdicts(
        "Error code: 401 - {'error': {'message': 'Incorrect API key prov\nided: sk-abc***1234. You can find your API key at https://platform.openai.com/account/api-keys.'}}\n",
      ),
      ['openai/invalid-token/401/null'],
    );
  });

  it("takes the status from a client's `got status` head over the message a report put on the lines below it, hard-wrapped; not for another service's", () => {
    const quoted = (message: string): string => `**에러 메시지:**\n[VertexAI.ClientError]: got status: 404 Not Found\n${message}\n`;
    const model =
      'Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-pro` \nwas not found or your project does not have access to it.';
    assert.deepEqual(verdicts(quoted(model)), ['google/model-access/404/gemini-pro']);
    // The same head over another service's sentence: no access failure of a provider.
    assert.deepEqual(verdicts(quoted('Bucket `projects/p/buckets/b` \nwas not found or your project does not have access to it.')), []);
    // The head alone states a status, names no provider: nothing.
    assert.deepEqual(verdicts('[VertexAI.ClientError]: got status: 404 Not Found\n'), []);
  });
});

describe('Localized posts: a status opening an inline-quoted report', () => {
  const message = 'Incorrect API key provided: sk-abc***1234. You can find your API key at https://platform.openai.com/account/api-keys.';

  it('takes the status that opens a code span quoting the message in a sentence, with or without a dash', () => {
    assert.deepEqual(verdicts(`**Erreur** : \`401 Incorrect API key provided: sk-....\`\n\n**Cause** : La clé API n'est pas valide.\n`), [
      'openai/invalid-token/401/null',
    ]);
    assert.deepEqual(verdicts(`Se vedi l'errore \`401 - ${message}\`, significa che la chiave non è valida.\n`), ['openai/invalid-token/401/null']);
  });

  it("does not take a number of the reporter's prose outside the span, nor a longer number opening it; nor flag DashScope's copy", () => {
    assert.deepEqual(verdicts(`Ho ricevuto 401 volte l'errore \`${message}\`.\n`), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(`Errore alla riga \`4010 ${message}\`.\n`), ['openai/invalid-token/null/null']);
    assert.deepEqual(
      verdicts('**Erreur** : `401 Incorrect API key provided. For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error`\n'),
      [],
    );
  });
});

describe('Localized posts: an app quoting the API’s answer for a path it does not serve', () => {
  // A knowledge-base app's model check (`校验失败,请检查参数是否正确` = validation failed) quoting the API's 404 for a base URL
  // without its version: `Unknown request URL: POST /chat/completions`, the other wording of a wrong path.
  const check = (message: string, docs: string): string =>
    `"校验失败,请检查参数是否正确: Error code: 404 - {'error': {'type': 'invalid_request_error', 'code': 'unknown_url', 'message': '${message}. Please check the URL for typos, or see the docs at ${docs}.', 'param': None}}"\n`;

  it('reads the unknown request URL as a wrong path, for the API its docs link names', () => {
    assert.deepEqual(verdicts(check('Unknown request URL: POST /chat/completions', 'https://platform.openai.com/docs/api-reference/')), [
      'openai/destination-not-found/404/null',
    ]);
  });

  it("stays silent when the docs are another service's, and for a model the path exists for", () => {
    assert.deepEqual(verdicts(check('Unknown request URL: POST /chat/completions', 'https://docs.acme.example/api/')), []);
    // Not a path sentence: the unknown thing is a parameter.
    assert.deepEqual(verdicts(check('Unknown request parameter: POST /chat/completions', 'https://docs.acme.example/api/')), []);
  });
});

describe("Localized posts: a Go relay's own line for Google's error, its code and status word in brackets", () => {
  // A chat relay's `%s error: %s (code: %d, status: %s)` over the Gemini API's error fields (its key masked in the post).
  const relay = (label: string, message: string): string => `${label} error: ${message} (code: 403, status: PERMISSION_DENIED)\n`;

  it("reads the bracketed code as the status, and the relay's lowercase label as the API it called", () => {
    assert.deepEqual(verdicts(relay('gemini', "Permission denied: Consumer 'api_key:AIza****' has been suspended.")), ['google/account-disabled/403/null']);
    assert.deepEqual(verdicts(relay('gemini API', 'The caller does not have permission')), ['google/permission-denied/403/null']);
  });

  it('stays silent for another Google API or an unnamed service in the same words', () => {
    assert.deepEqual(verdicts(relay('Google Sheets API', 'The caller does not have permission')), []);
    assert.deepEqual(verdicts(relay('sheets', "Permission denied: Consumer 'api_key:AIza****' has been suspended.")), []);
  });
});

describe('Localized posts: a CJK caption glued to the error class it labels', () => {
  // A reader's comment: `报错：` (= error) and its full-width colon right before the class and OpenAI's bad-key message.
  const comment = (caption: string): string =>
    `为什么执行index=GPTSimpleVectorIndex.from_documents(documents)\n${caption}AuthenticationError: Incorrect API key provided: ''. You can find your API key at https://platform.openai.com/account/api-keys.\n`;

  it('reads the class after the caption, and the status it implies', () => {
    assert.deepEqual(verdicts(comment('报错：')), ['openai/invalid-token/401/null']);
  });

  it('an ASCII word before the class is prose, not a caption: the message alone states no status', () => {
    assert.deepEqual(verdicts(comment('see ')), ['openai/invalid-token/null/null']);
    assert.deepEqual(verdicts(comment('报错:')), ['openai/invalid-token/null/null']);
  });
});
