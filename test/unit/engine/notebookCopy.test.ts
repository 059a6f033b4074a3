// VS Code notebooks as users paste their errors: the "Copy Output" JSON of an error output
// (`{ "name", "message", "stack" }`, the stack's quotes and backslashes escaped) and the cell frames
// VS Code Jupyter printed in 2022–2023 (`c:\proj\chat.ipynb Cell 3 line <cell line: 5>()`).
import * as assert from 'node:assert/strict';
import { scanText, TraceEngine } from '../../../src/core/engine';
import { realSummary } from '../../support/realFixtures';

const BODY =
  "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";

/** The traceback as VS Code Jupyter printed it in 2023: the cell named by notebook and index, links on the marked line. */
const TRACEBACK = [
  '---------------------------------------------------------------------------',
  'AuthenticationError                       Traceback (most recent call last)',
  'c:\\Users\\me\\proj\\chat.ipynb Cell 3 line <cell line: 5>()',
  '      3 client = OpenAI()',
  '----> <a href=\'vscode-notebook-cell:/c%3A/Users/me/proj/chat.ipynb#W2sZmlsZQ%3D%3D?line=4\'>5</a> r = client.chat.completions.create(model="gpt-4o", messages=[])',
  '',
  'File c:\\Users\\me\\proj\\.venv\\Lib\\site-packages\\openai\\_base_client.py:1047, in SyncAPIClient.request(self, cast_to, options, stream_cls)',
  '-> 1047     raise self._make_status_error_from_response(err.response) from None',
  '',
  `AuthenticationError: ${BODY}`,
];

/** The same error as "Copy Output" gives it. */
function copied(traceback: readonly string[], name = 'AuthenticationError', message = BODY): string {
  const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const stack = traceback.map(escape);
  stack[0] = `\t"stack": "${stack[0]}`;
  stack[stack.length - 1] += '"';
  return ['{', `\t"name": "${name}",`, `\t"message": "${escape(message)}",`, ...stack, '}'].join('\n') + '\n';
}

const WANT = {
  provider: 'openai',
  cause: 'invalid-token',
  status: 401,
  model: 'gpt-4o',
  userFrame: { file: 'c:\\Users\\me\\proj\\chat.ipynb Cell 3', line: 5, function: '<cell line: 5>' },
};

function read(text: string) {
  return scanText(text).map(realSummary);
}

describe('VS Code notebook errors as users paste them', () => {
  it("reads VS Code Jupyter's cell frame: the cell as printed, the line its link names, the model in its source", () => {
    assert.deepEqual(read(TRACEBACK.join('\n') + '\n'), [WANT]);
  });

  it('reads a copied error output as its traceback, once: the name and message are not a second report', () => {
    assert.deepEqual(read(copied(TRACEBACK)), [WANT]);
    // With output around it, and again after it.
    const twice = `$ jupyter nbconvert --execute chat.ipynb\n${copied(TRACEBACK)}done\n${copied(TRACEBACK)}`;
    assert.deepEqual(read(twice), [WANT, WANT]);
  });

  it('reads the same wherever the stream is cut', function () {
    this.timeout(60_000);
    const text = copied(TRACEBACK);
    const want = JSON.stringify([WANT]);
    for (let k = 0; k <= text.length; k += 7) {
      const e = new TraceEngine();
      const got = [...e.push('s', text.slice(0, k)), ...e.push('s', text.slice(k)), ...e.end('s')].map(realSummary);
      assert.equal(JSON.stringify(got), want, `split at ${k}`);
    }
  });

  it("a copy cut off inside its stack still says what failed: its own name and message stand in for the stack's last line", () => {
    const cut = copied(TRACEBACK);
    const got = read(cut.slice(0, cut.indexOf('File c:')));
    assert.deepEqual(got, [{ ...WANT, userFrame: WANT.userFrame }]);
  });

  it('stays silent on a copied error that is no access failure, and keeps JSON that only starts alike', () => {
    const valueError = [
      '---------------------------------------------------------------------------',
      'ValueError                                Traceback (most recent call last)',
      'Cell In[2], line 1',
      '----> 1 int("")',
      '',
      "ValueError: invalid literal for int() with base 10: ''",
    ];
    assert.deepEqual(read(copied(valueError, 'ValueError', "invalid literal for int() with base 10: ''")), []);
    // A package.json's "name" is not the copy: the report after it is read as usual.
    const pkg = `{\n\t"name": "my-app",\n\t"version": "1.0.0"\n}\nopenai.AuthenticationError: ${BODY}\n`;
    assert.deepEqual(
      read(pkg).map((i) => `${i.provider}/${i.cause}/${i.status}`),
      ['openai/invalid-token/401'],
    );
  });
});
