import * as assert from 'node:assert/strict';
import { safeLine, safeText } from '../../../src/core/cli/safeText';

describe('cli: safeText, the gate for untrusted text it prints', () => {
  it('strips C0 (but tab and newline), DEL, C1 and bidi overrides, keeping the words', () => {
    assert.equal(safeText('a\u0007b\u009d]0;x\u001b[31mc\u202ed\u2066e\tf\ng\u007f'), 'ab]0;x[31mcde\tf\ng');
    assert.equal(safeLine('one\ntwo\tthree'), 'one two three');
  });

  it('masks known token shapes and the exact tokens it is given', () => {
    const out = safeText('key sk-test-abcdef123456 and custom-secret-value', ['custom-secret-value']);
    assert.ok(out.includes('key ') && !out.includes('abcdef123456') && !out.includes('custom-secret-value'), out);
  });
});
