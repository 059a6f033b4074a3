import * as assert from 'node:assert/strict';
import { escapeRegExp } from '../../../src/core/escapeRegExp';
import { lex, lineCount, lineOf, lineText, literalAt, maskedLine, matchingBracket, stringAt } from '../../../src/core/fixes/lexer';

describe('fixes: lexer lookups', () => {
  it('finds the outermost string at an offset, also around a template substitution', () => {
    const text = "const a = `x ${f('in')} y`; const b = 'z';";
    const lx = lex(text, 'js');
    const outer = stringAt(lx, text.indexOf('x'));
    assert.equal(outer?.quote, '`');
    assert.equal(stringAt(lx, text.indexOf("'in'") + 1), outer, 'a string nested in a substitution belongs to the template');
    assert.equal(stringAt(lx, text.indexOf('z'))?.value, 'z');
    assert.equal(stringAt(lx, text.indexOf('const b')), undefined);
  });

  it('reads the literal starting at a position after spaces and tabs only', () => {
    const lx = lex('x = f"{a}"\ny =  \t"b"\nz =\n"c"\n', 'python');
    const f = literalAt(lx, lx.text.indexOf('= f') + 1);
    assert.equal(f?.interpolated, true, 'an f-string is a literal, marked interpolated');
    assert.equal(literalAt(lx, lx.text.indexOf('y =') + 3)?.value, 'b');
    assert.equal(literalAt(lx, lx.text.indexOf('z =') + 3), undefined, 'a newline ends the search');
  });

  it('matches brackets both ways, -1 when unmatched', () => {
    const text = 'f(a[1], {b: (2)})\ng(';
    const lx = lex(text, 'js');
    const open = text.indexOf('(');
    const close = text.indexOf(')\n');
    assert.equal(matchingBracket(lx, open), close);
    assert.equal(matchingBracket(lx, close), open);
    assert.equal(matchingBracket(lx, text.lastIndexOf('(')), -1);
  });

  it('gives lines and masked lines without their line breaks', () => {
    const lx = lex("a = 'key' # note\r\nb = 2\n", 'python');
    assert.equal(lineCount(lx), 3);
    assert.equal(lineText(lx, 0), "a = 'key' # note");
    assert.equal(maskedLine(lx, 0), "a = '___'       ");
    assert.equal(lineOf(lx, lx.text.indexOf('b')), 1);
  });

  it('escapes every RegExp metacharacter once', () => {
    const id = 'a.b*c+(d)?[e]{f}|g^h$i\\j/k';
    assert.ok(new RegExp(`^${escapeRegExp(id)}$`).test(id));
    assert.ok(!new RegExp(`^${escapeRegExp('a.b')}$`).test('axb'));
  });
});
