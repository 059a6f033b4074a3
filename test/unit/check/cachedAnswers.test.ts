// The check keeps answers per lexed text (a bracket cursor, the assignments of a name, the calls
// that made a receiver): an answer must not depend on what was asked before it.
import * as assert from 'node:assert/strict';
import { modelIdSites } from '../../../src/core/check';
import { lex } from '../../../src/core/fixes/lexer';
import { statementAt } from '../../../src/core/fixes/statements';
import { modelSites, resolveVariable } from '../../../src/core/fixes/swapModel';

const JS = [
  "import OpenAI from 'openai';",
  'const client = new OpenAI();',
  'export async function a(prompt) {',
  '  const values = [1, 2].map((x) => {',
  '    return x * 2;',
  '  });',
  "  const reply = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `${prompt}` }] });",
  '  return reply;',
  '}',
  'if (x) {',
  "  await client.chat.completions.create({ model: 'o3-mini', messages: [] });",
  '}',
].join('\n');

describe('check: answers kept per lexed text', () => {
  it('finds the same statements asked in any order as asked in source order', () => {
    const lines = JS.split('\n').length;
    const inOrder = lex(JS, 'js');
    const expected = Array.from({ length: lines }, (_, l) => statementAt(inOrder, l));
    assert.ok(expected.filter(Boolean).length >= 6, 'most lines start a statement');
    const shuffled = lex(JS, 'js');
    for (const l of [11, 3, 6, 0, 10, 6, 2, 9, 1, 5, 4, 7, 8]) assert.deepEqual(statementAt(shuffled, l), expected[l], `line ${l}`);
  });

  it('resolves a variable to its last assignment before the call, else its first, whatever was asked before', () => {
    const lx = lex('M = "gpt-4o"\nf(model=M)\nM = "o3-mini"\ng(model=M)\n', 'python');
    const second = lx.text.indexOf('g(');
    assert.equal(resolveVariable(lx, 'M', second)?.value, 'o3-mini');
    assert.equal(resolveVariable(lx, 'M', lx.text.indexOf('f('))?.value, 'gpt-4o');
    assert.equal(resolveVariable(lx, 'M', 0)?.value, 'gpt-4o', 'no assignment before: the first one');
    assert.equal(resolveVariable(lx, 'N', second), undefined);
  });

  it('reads the call that made a receiver, also when a half-written assignment runs into the statement', () => {
    const py = [
      'import openai',
      'client = openai.OpenAI()',
      'models = openai.OpenAI()',
      'models = client.models.retrieve("gpt-4o")',
      'models = x.',
      'models.retrieve("o1")',
    ].join('\n');
    const lx = lex(py, 'python');
    assert.deepEqual(
      modelSites(lx, 5, 'openai').map((s) => s.value),
      ['o1', 'gpt-4o'],
    );
    assert.deepEqual(
      modelIdSites(py, 'python').map((s) => [s.model, s.line]),
      [
        ['gpt-4o', 4],
        ['o1', 6],
      ],
    );
  });
});
