// User-facing words go through vscode.l10n (code) and package.nls.json (manifest), so the
// extension can be translated without touching its code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const BARE_MESSAGE = /show(?:Information|Warning|Error)Message\(\s*['"`]/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('package: localization', () => {
  it('shows no message with a bare string literal in src/vscode', () => {
    assert.match("vscode.window.showWarningMessage('Cannot open it.')", BARE_MESSAGE, 'positive control');
    const offenders = sources(path.join(root, 'src/vscode')).filter((file) => BARE_MESSAGE.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(
      offenders.map((file) => path.relative(root, file)),
      [],
    );
  });

  it('takes every manifest title and description from package.nls.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const words: string[] = [pkg.displayName, pkg.description];
    for (const command of pkg.contributes.commands) words.push(command.title, command.category);
    for (const walkthrough of pkg.contributes.walkthroughs) {
      words.push(walkthrough.title, walkthrough.description);
      for (const step of walkthrough.steps) words.push(step.title, step.description, step.media.altText);
    }
    for (const property of Object.values(pkg.contributes.configuration.properties) as Array<Record<string, string>>) {
      words.push(property.description ?? property.markdownDescription);
    }
    for (const text of words) {
      const key = /^%(.+)%$/.exec(text)?.[1];
      assert.ok(key && nls[key], `"${text}" comes from package.nls.json`);
    }
    assert.equal(nls['command.verifyToken.title'], 'Verify AI Token', 'Title Case');
  });
});

describe("package: the panel page's words", () => {
  it('lists every word media/panel.js shows, and no other', async () => {
    const { PANEL_WORDS } = await import('../../../src/vscode/panelWords');
    const page = fs.readFileSync(path.join(root, 'media/panel.js'), 'utf8');
    const used = new Set([...page.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")));
    assert.ok(used.has('Go to Line'), 'positive control');
    assert.deepEqual([...used].sort(), [...PANEL_WORDS].sort());
    // No English left outside t(): a bare label in an h(...) child list.
    assert.doesNotMatch(page, /h\('(?:h1|h2|h3|dt|p|span)', \{[^}]*\}, \['[A-Z]/);
  });
});
