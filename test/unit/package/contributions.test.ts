// The typed tables in the extension and what package.json contributes say the same thing.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_LANGUAGE_IDS } from '../../../src/core/fixes';
import { Commands } from '../../../src/vscode/commandIds';
import { SETTING_DEFAULTS, SETTINGS_SECTION } from '../../../src/vscode/settingKeys';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

describe('contributions', () => {
  it('the command table and contributes.commands list the same ids', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.deepEqual(Object.values(Commands).sort(), contributed);
  });

  it('every command a menu names is in the table', () => {
    const ids = new Set<string>(Object.values(Commands));
    const inMenus = Object.values(pkg.contributes.menus as Record<string, Array<{ command?: string }>>).flatMap((items) => items.map((i) => i.command));
    assert.deepEqual(
      inMenus.filter((id) => id && !ids.has(id)),
      [],
    );
  });

  it('the settings table and contributes.configuration list the same keys with the same defaults', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    const contributed = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, value.default]));
    const ours = Object.fromEntries(Object.entries(SETTING_DEFAULTS).map(([key, value]) => [`${SETTINGS_SECTION}.${key}`, value]));
    assert.deepEqual(ours, contributed);
  });

  it('every editorLangId test in package.json names the one list of languages', () => {
    const lists = [...JSON.stringify(pkg.contributes).matchAll(/editorLangId =~ \/\^\(([\w|]+)\)\$\//g)].map((m) => m[1]!.split('|').sort());
    assert.ok(lists.length >= 2, 'the Run File with Watch menus test the language');
    for (const list of lists) assert.deepEqual(list, [...EDITOR_LANGUAGE_IDS].sort());
  });
});
