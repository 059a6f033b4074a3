import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';
import { isLibraryFrame } from '../../../../src/core/parse';
import { verdicts } from '../helpers';

// Shapes read on what creative and game tools print when a provider refuses them (the held-out round on
// ComfyUI nodes, Krita/Blender plugins, game mods and chat bots).
describe('creative and game tool shapes', () => {
  it("reads Anthropic's `invalid x-api-key` after a node's own `… error:` words, without a status", () => {
    assert.deepEqual(verdicts('✦ ERROR: Authentication error: invalid x-api-key\n'), ['anthropic/invalid-token/null/null']);
    // …with the status httpx logged for the request right above it.
    const comfy = [
      'HTTP Request: POST https://api.anthropic.com/v1/messages "HTTP/1.1 401 Unauthorized"',
      "Executed {'node': '2', 'output': {'text': ['\\n✦ ERROR: Authentication error: invalid x-api-key\\n']}}",
      '',
    ].join('\n');
    assert.deepEqual(verdicts(comfy), ['anthropic/invalid-token/401/null']);
    // Controls: the same words about something else are no report, and the body printed on its own line under a
    // status keeps that status (its `"message"` string is not taken apart from the body).
    assert.deepEqual(verdicts('Authentication error: invalid session cookie\n'), []);
    const body = [
      '    1: 401 GET https://api.anthropic.com/v1/models',
      '    2: {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
      '',
    ];
    assert.deepEqual(verdicts(body.join('\n')), ['anthropic/invalid-token/401/null']);
  });

  it("takes a Windows Python's standard library printed with a lowercase `lib` for library code", () => {
    for (const file of [
      'C:\\Program Files\\WindowsApps\\PythonSoftwareFoundation.Python.3.10_3.10.3056.0_x64__qbz5n2kfra8p0\\lib\\json\\decoder.py',
      'C:\\Users\\petrl\\AppData\\Local\\Programs\\Python\\Python310\\lib\\asyncio\\tasks.py',
      'C:\\Python39\\lib\\asyncio\\tasks.py',
    ]) {
      assert.equal(isLibraryFrame({ file, line: 1, function: 'decode' }), true, file);
    }
    // Controls: a project's own `lib` folder is the user's, even under a folder whose name starts like a Python's.
    for (const file of ['C:\\proj\\lib\\helpers.py', 'C:\\Users\\me\\Python310-projects\\lib\\ask.py']) {
      assert.equal(isLibraryFrame({ file, line: 1, function: 'ask' }), false, file);
    }
    const trace = [
      'Traceback (most recent call last):',
      '  File "C:\\bots\\chat\\bot.py", line 12, in ask',
      '    data = json.loads(body)',
      '  File "C:\\Python39\\lib\\json\\__init__.py", line 346, in loads',
      '    return _default_decoder.decode(s)',
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'code': 'invalid_api_key'}}",
      '',
    ].join('\n');
    const [incident] = scanText(trace, 't');
    assert.deepEqual(incident.userFrame && { file: incident.userFrame.file, line: incident.userFrame.line }, { file: 'C:\\bots\\chat\\bot.py', line: 12 });
  });
});
