// docs/ARCHITECTURE.md and CONTRIBUTING.md stay true: every source folder is described, and
// every path they name exists. Doc comments stay on what they describe: a merge that puts new code
// between a comment and its declaration leaves the comment saying something of the wrong thing.
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

/** Lines of `source` where a doc comment ends with nothing documented after it: another doc comment, a `}` or the file's end. */
function strandedDocComments(source: string): number[] {
  const lines = source.split('\n');
  const stranded: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim().startsWith('/**')) continue;
    const start = i;
    while (i < lines.length && !lines[i].includes('*/')) i++;
    let next = i + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (next >= lines.length || lines[next].trim().startsWith('/**') || lines[next].trim() === '}') stranded.push(start + 1);
  }
  return stranded;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
}

describe('maintainer docs', () => {
  it('every doc comment in src/ sits right above what it documents', () => {
    // Control: the check finds a comment left above another one, and passes one on its declaration.
    assert.deepEqual(strandedDocComments('/** Left behind. */\n/** The limit. */\nconst LIMIT = 3;\n'), [1]);
    assert.deepEqual(strandedDocComments('/**\n * The limit.\n */\n\nconst LIMIT = 3;\n'), []);
    const files = sourceFiles('src');
    assert.ok(files.length > 100, `${files.length} source files`);
    const stranded = files.flatMap((f) => strandedDocComments(read(f)).map((line) => `${f}:${line}`));
    assert.deepEqual(stranded, []);
  });

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
