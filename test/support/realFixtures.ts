// Reads the real-world fixtures (test/fixtures/real/<shape>/<slug>.txt, format in FIXTURES.md):
// a header of `key: value` lines ended by `---`, then the output exactly as posted.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RealExpectation {
  provider: string;
  cause: string;
  status: number | null;
  model: string | null;
  userFrame: { file: string; line: number; function: string | null } | null;
}

export interface RealFixture {
  /** Path under test/fixtures/real, `/`-separated: `one-line/pokitoki-42-….txt`. */
  name: string;
  shape: string;
  source: string;
  expect: RealExpectation[];
  text: string;
}

/** Tests run from out/test/…; the fixtures stay in the source tree. */
export const REAL_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/real');

export function readRealFixture(file: string, root = REAL_FIXTURES): RealFixture {
  const raw = fs.readFileSync(file, 'utf8');
  const sep = raw.search(/^---\r?$/m);
  if (sep < 0) throw new Error(`${file}: no '---' line ends the header`);
  const header: Record<string, string> = {};
  for (const line of raw.slice(0, sep).split(/\r?\n/)) {
    const m = /^(\w+):\s?(.*)$/.exec(line);
    if (m) header[m[1]] = m[2].trim();
  }
  const text = raw.slice(raw.indexOf('\n', sep) + 1);
  if (!header.expect) throw new Error(`${file}: no expect line`);
  return {
    name: path.relative(root, file).split(path.sep).join('/'),
    shape: header.shape ?? path.basename(path.dirname(file)),
    source: header.source ?? '',
    expect: JSON.parse(header.expect) as RealExpectation[],
    text,
  };
}

export function realFixtures(root = REAL_FIXTURES): RealFixture[] {
  const out: RealFixture[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(readRealFixture(p, root));
    }
  };
  walk(root);
  return out;
}

/** The fields a fixture's `expect` states, from an incident. */
export function realSummary(i: RealExpectation): RealExpectation {
  return {
    provider: i.provider,
    cause: i.cause,
    status: i.status,
    model: i.model,
    userFrame: i.userFrame ? { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function } : null,
  };
}
