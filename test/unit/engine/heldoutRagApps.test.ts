import * as assert from 'node:assert/strict';
import { scanText } from '../../../src/core/engine';

/** provider/cause/status/model of each incident the engine reads in `text`. */
const read = (text: string): string[] => scanText(text, 'test').map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);

describe('engine: RAG and document-chat apps from the held-out round', () => {
  it("a repr'd gated-repo OSError states its status after a `\\n` escape; a status line without `Client Error` states none", () => {
    const repr = (statusLine: string): string =>
      `Arguments: ('acme/Model-7B', OSError('You are trying to access a gated repo.\\nMake sure to have access to it at https://huggingface.co/acme/Model-7B.\\n${statusLine}\\n\\nCannot access gated repo for url https://huggingface.co/acme/Model-7B/resolve/main/config.json.\\nAccess to model acme/Model-7B is restricted. You must be authenticated to access it.'))\n`;
    assert.deepEqual(read(repr('401 Client Error. (Request ID: Root=1-abc)')), ['huggingface/gated-repo/401/acme/Model-7B']);
    assert.deepEqual(read(repr('(Request ID: Root=1-abc) 401 retries')), ['huggingface/gated-repo/null/acme/Model-7B']);
  });
});
