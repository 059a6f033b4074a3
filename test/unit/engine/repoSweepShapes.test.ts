import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';
import { isLibraryFrame } from '../../../src/core/parse/frames';

// Shapes from SDK and library repositories' issue threads (the repository-sweep round).
describe('repository sweep shapes', () => {
  it("reads a frozen app's relative HTTP-transport frames as library, so the user frame is the app's", () => {
    assert.equal(isLibraryFrame({ file: 'requests\\models.py', line: 1024, function: 'raise_for_status' }), true);
    assert.equal(isLibraryFrame({ file: 'httpx/_client.py', line: 1, function: 'send' }), true);
    // Control: a relative path in the user's own package stays the user's.
    assert.equal(isLibraryFrame({ file: 'tagger\\models.py', line: 12, function: 'load' }), false);
    const trace = [
      'Traceback (most recent call last):',
      '  File "huggingface_hub\\utils\\_http.py", line 406, in hf_raise_for_status',
      '  File "requests\\models.py", line 1024, in raise_for_status',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/tagger/resolve/main/model.pth',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "threading.py", line 1041, in _bootstrap_inner',
      '  File "app_gui.py", line 65, in run_tagger',
      '  File "huggingface_hub\\file_download.py", line 862, in hf_hub_download',
    ].join('\n');
    const [incident] = scanText(trace);
    assert.deepEqual(incident.userFrame && { file: incident.userFrame.file, line: incident.userFrame.line }, { file: 'app_gui.py', line: 65 });
  });
});
