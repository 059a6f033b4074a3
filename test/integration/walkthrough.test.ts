// The walkthrough: contributed with a command and an image per step, and it opens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, drive, report, waitFor } from './helpers';

describe('walkthrough', function () {
  this.timeout(60_000);

  it('is contributed with a command and an image per step, and opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Array<{
      id: string;
      title: string;
      steps: Array<{ id: string; title: string; description: string; media: { image: string } }>;
    }>;
    assert.deepEqual(
      walkthrough.steps.map((step) => step.id),
      ['watch', 'run', 'panel', 'verify', 'scan'],
    );
    // The manifest's words live in package.nls.json ("%key%"), as VS Code localizes them.
    const nls = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const words = (text: string) => text.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
    for (const step of walkthrough.steps) {
      assert.match(words(step.description), /\]\(command:[\w.]+/, `${step.id} has a command`);
      assert.ok(fs.statSync(path.join(extension.extensionPath, step.media.image)).size > 0, `${step.id} has its image`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    const shown = await waitFor('the walkthrough page', async () => {
      const text = await drive('text', { selector: '.gettingStartedContainer' }).catch(() => '');
      return text.includes(words(walkthrough.title)) ? text : undefined;
    });
    for (const step of walkthrough.steps) assert.ok(shown.includes(words(step.title)), `step "${words(step.title)}" shows`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    report(`screenshot: ${await drive('screenshot', { name: 'walkthrough' })}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
