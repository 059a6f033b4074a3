import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: RAG and document-chat apps from the held-out round', () => {
  it("a repr'd gated-repo OSError states its status after a `\\n` escape; a status line without `Client Error` states none", () => {
    const repr = (statusLine: string): string =>
      `Arguments: ('acme/Model-7B', OSError('You are trying to access a gated repo.\\nMake sure to have access to it at https://huggingface.co/acme/Model-7B.\\n${statusLine}\\n\\nCannot access gated repo for url https://huggingface.co/acme/Model-7B/resolve/main/config.json.\\nAccess to model acme/Model-7B is restricted. You must be authenticated to access it.'))\n`;
    assert.deepEqual(read(repr('401 Client Error. (Request ID: Root=1-abc)')), ['huggingface/gated-repo/401/acme/Model-7B']);
    assert.deepEqual(read(repr('(Request ID: Root=1-abc) 401 retries')), ['huggingface/gated-repo/null/acme/Model-7B']);
  });

  it("Python logging's `Call stack:` under a record it could not format gives the user's frame; without the header those lines stay the message's", () => {
    const loggingError = (callStackHeader: string): string =>
      [
        '--- Logging error ---',
        'Traceback (most recent call last):',
        '  File "/usr/lib/python3.11/logging/__init__.py", line 1110, in emit',
        '    msg = self.format(record)',
        '  File "/usr/lib/python3.11/logging/__init__.py", line 377, in getMessage',
        '    msg = msg % self.args',
        'TypeError: not all arguments converted during string formatting',
        callStackHeader,
        '  File "<frozen runpy>", line 198, in _run_module_as_main',
        '  File "/home/me/app/main.py", line 6, in <module>',
        '    app = create_app(injector)',
        '  File "/home/me/.venv/lib/python3.11/site-packages/injector/__init__.py", line 1040, in call_with_injection',
        '    return callable(*full_args, **dependencies)',
        '  File "/home/me/app/components/llm.py", line 37, in __init__',
        '    logger.warning(',
        "Message: 'Failed to download tokenizer %s. Falling back to default tokenizer.'",
        "Arguments: ('acme/Model-7B', OSError('You are trying to access a gated repo.\\nMake sure to have access to it at https://huggingface.co/acme/Model-7B.\\n401 Client Error. (Request ID: Root=1-abc)\\n\\nCannot access gated repo for url https://huggingface.co/acme/Model-7B/resolve/main/config.json.\\nAccess to model acme/Model-7B is restricted. You must be authenticated to access it.'))",
        '',
      ].join('\n');
    const frameOf = (text: string): string[] =>
      scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}:${i.userFrame.function}` : null}`);
    assert.deepEqual(frameOf(loggingError('Call stack:')), ['huggingface/gated-repo//home/me/app/components/llm.py:37:__init__']);
    assert.deepEqual(frameOf(loggingError('Stack of the caller:')), ['huggingface/gated-repo/null']);
  });
});
