// docs/ARCHITECTURE.md and CONTRIBUTING.md stay true: every source folder is described, and
// every path they name exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

function folders(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [`${dir}/${e.name}`, ...folders(`${dir}/${e.name}`)]);
}

/** Backticked paths (`src/…`, `test/…`, `docs/…`, `media/`, `scripts/…`) and bare file names. */
function namedPaths(doc: string): string[] {
  return [...doc.matchAll(/`((?:src|test|docs|media|scripts)\/[\w./<>-]*|[\w-]+\.(?:ts|md|mjs|js|css|json))`/g)].map((m) => m[1]!);
}

function exists(name: string): boolean {
  if (name.includes('<')) return true; // a pattern such as `src/core/providers/<id>.ts`
  if (name.includes('/')) return fs.existsSync(path.join(root, name.replace(/\/$/, '')));
  // A bare file name: somewhere under src, media, test, scripts, docs or the root.
  const dirs = ['', 'src', 'media', 'docs', 'scripts', 'test', ...folders('src'), ...folders('test')];
  return dirs.some((d) => fs.existsSync(path.join(root, d, name)));
}

describe('maintainer docs', () => {
  it('ARCHITECTURE.md describes every folder under src/', () => {
    const doc = read('docs/ARCHITECTURE.md');
    for (const dir of folders('src')) assert.ok(doc.includes(`${dir}/`) || doc.includes(`\`${path.basename(dir)}/\``), `${dir} is not described`);
  });

  for (const file of ['docs/ARCHITECTURE.md', 'CONTRIBUTING.md']) {
    it(`${file} names only paths that exist`, () => {
      const names = namedPaths(read(file));
      assert.ok(names.length > 10, `${names.length} paths found`);
      for (const name of names) assert.ok(exists(name), `${file}: ${name} does not exist`);
    });
  }
});
