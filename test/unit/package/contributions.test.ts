// The typed tables in the extension and what package.json contributes say the same thing.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands } from '../../../src/vscode/commandIds';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

describe('contributions', () => {
  it('the command table and contributes.commands list the same ids', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.deepEqual(Object.values(Commands).sort(), contributed);
  });

  it('every command a menu names is in the table', () => {
    const ids = new Set<string>(Object.values(Commands));
    const inMenus = Object.values(pkg.contributes.menus as Record<string, Array<{ command?: string }>>).flatMap((items) => items.map((i) => i.command));
    assert.deepEqual(inMenus.filter((id) => id && !ids.has(id)), []);
  });
});
