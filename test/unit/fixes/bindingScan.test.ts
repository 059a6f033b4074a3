import * as assert from 'node:assert/strict';
import { bindingMatches, bindingRegex } from '../../../src/core/fixes/bindingScan';
import { lex, type LexLanguage } from '../../../src/core/fixes/lexer';

/** What a plain exec loop over the whole masked text finds: the reference. */
function plainScan(code: string, re: RegExp): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code))) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** Lines mixing bindings with near misses: annotations, line breaks, `new`, `==`, names glued to the class. */
function generated(count: number): string[] {
  let seed = 7;
  const pick = <T>(xs: T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return xs[seed % xs.length]!;
  };
  const ws = ['', ' ', '\n', '\t', '\n  '];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let part = 0; part < 4; part++) {
      text += pick(['x', 'self.client', 'a.b', '$c', '.x', '=x', 'y(', '"s"', '# c\n', '// c\n']) + pick(ws);
      if (pick([0, 1, 2]) === 0) text += ':' + pick([' int ', ' Optional[OpenAI] ', 'a:b', ' "s" ']);
      text += pick(['=', '==', ' = ', '=\n', ':']) + pick(ws);
      text += pick(['', 'new ', 'new\n', 'new', 'await ']);
      text += pick(['', 'openai.', 'x.a.', 'a .', '.']);
      text += pick(['OpenAI', 'AsyncOpenAI', 'OpenAIx', 'xOpenAI']) + pick(ws) + pick(['(', ')', '()', '']) + pick(['\n', ';', ' ']);
    }
    out.push(text);
  }
  return out;
}

describe('fixes: client bindings found only before class names', () => {
  it('finds exactly what a plain scan of the whole text finds, in Python and JS', () => {
    let matches = 0;
    for (const language of ['python', 'js'] as LexLanguage[]) {
      const re = bindingRegex(['OpenAI', 'AsyncOpenAI'], language);
      for (const text of generated(1500)) {
        const lx = lex(text, language);
        const expected = plainScan(lx.masked, re);
        matches += expected.length;
        assert.deepEqual(
          bindingMatches(lx, re, ['OpenAI', 'AsyncOpenAI']).map((m) => `${m.index}:${m[0]}`),
          expected,
          JSON.stringify(text),
        );
      }
    }
    assert.ok(matches > 1000, `the texts hold bindings to find (${matches})`);
  });

  it('reads annotated targets on an earlier line and skips a file without bindings', () => {
    const text = 'import openai\nclient\n  : openai.OpenAI = openai.OpenAI(key)\nother = make(OpenAI)\n';
    const lx = lex(text, 'python');
    const re = bindingRegex(['OpenAI'], 'python');
    assert.deepEqual(
      bindingMatches(lx, re, ['OpenAI']).map((m) => m[2]),
      ['client'],
    );
    assert.deepEqual(bindingMatches(lex('x = 1\n', 'python'), re, ['OpenAI']), []);
  });
});
