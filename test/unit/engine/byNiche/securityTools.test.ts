import * as assert from 'node:assert/strict';
import { verdicts } from '../helpers';

// Shapes from the blind held-out round on security testing and LLM red-teaming tools (garak, PyRIT, Strix,
// CAI, LLM guardrail classifiers): each read, with a look-alike in the same words that stays silent.

describe('held-out shapes: security testing and LLM red-teaming tools', () => {
  const gated = [
    'huggingface_hub.utils._errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-0000;0000)',
    '',
    'Cannot access gated repo for url https://huggingface.co/acme/guard-7b/resolve/main/tokenizer_config.json.',
    'Repo model acme/guard-7b is gated. You must be authenticated to access it.',
    '',
    'The above exception was the direct cause of the following exception:',
  ];
  const raised = [
    '',
    'OSError: You are trying to access a gated repo.',
    'Make sure to request access at https://huggingface.co/acme/guard-7b and pass a token having permission to this repo.',
    '',
  ];

  it("a copy from a Hub error's line whose chained traceback the poster cut to `...` is one report", () => {
    for (const elision of ['...', '\u2026', '[...]']) {
      assert.deepEqual(verdicts([...gated, elision, ...raised].join('\n')), ['huggingface/gated-repo/401/acme/guard-7b'], elision);
    }
    // Controls: the chain's own traceback reads as one report too; an unrelated cause with an elided raise stays silent.
    const traceback = ['Traceback (most recent call last):', '  File "/app/load.py", line 3, in <module>', '    load()'];
    assert.equal(verdicts([...gated, ...traceback, ...raised].join('\n')).length, 1);
    const local = ['FileNotFoundError: [Errno 2] No such file or directory: /models/guard-7b/config.json', '', gated[gated.length - 1]];
    assert.deepEqual(verdicts([...local, '...', '', 'OSError: could not load the guard model', ''].join('\n')), []);
  });
});
