import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText, TraceEngine } from '../../../src/core/engine';
import type { Incident } from '../../../src/core/types';
import { REAL_FIXTURES, realFixtures, realSummary, type RealExpectation } from '../../support/realFixtures';

// Output real users posted (test/fixtures/real, format in its README): each fixture's expected
// incidents, field by field. Fixtures the engine does not read right yet are listed in
// pending.json with the fields that differ; a listed fixture that starts passing fails here
// until it is taken off the list, so the list only shrinks.
const PENDING_FILE = path.join(REAL_FIXTURES, 'pending.json');
const pending: Record<string, string> = fs.existsSync(PENDING_FILE) ? (JSON.parse(fs.readFileSync(PENDING_FILE, 'utf8')) as Record<string, string>) : {};
const all = realFixtures();

function summaries(incidents: Incident[]): RealExpectation[] {
  return incidents.map((i) => realSummary(i));
}

function run(chunks: string[]): RealExpectation[] {
  const e = new TraceEngine();
  const out: Incident[] = [];
  for (const c of chunks) out.push(...e.push('real', c));
  out.push(...e.end('real'));
  return summaries(out);
}

describe('engine: real fixtures', () => {
  it('reads every fixture file in the shared format', () => {
    assert.ok(all.length > 0, 'no fixtures under test/fixtures/real');
    for (const f of all) {
      assert.ok(f.source.startsWith('https://') || f.source.length > 0, `${f.name}: source`);
      for (const e of f.expect) assert.deepEqual(Object.keys(e).sort(), ['cause', 'model', 'provider', 'status', 'userFrame'], `${f.name}: expect keys`);
    }
    for (const name of Object.keys(pending))
      assert.ok(
        all.some((f) => f.name === name),
        `pending.json names a missing fixture: ${name}`,
      );
  });

  for (const f of all) {
    const why = pending[f.name];
    const title = `${f.name}: ${f.expect.length ? f.expect.map((e) => `${e.provider}/${e.cause}`).join(', ') : 'no incident'}`;
    if (why === undefined) {
      it(title, () => {
        assert.deepEqual(summaries(scanText(f.text, f.name)), f.expect);
      });
    } else {
      it(`${title} (pending: ${why})`, () => {
        const got = summaries(scanText(f.text, f.name));
        assert.notDeepEqual(got, f.expect, `${f.name} is read right now: take it off test/fixtures/real/pending.json`);
      });
    }
  }

  // A sample of the passing fixtures, one per shape, shortest first: the same incidents
  // wherever a chunk boundary falls.
  const sample = (() => {
    const byShape = new Map<string, (typeof all)[number]>();
    for (const f of [...all].sort((a, b) => a.text.length - b.text.length)) {
      if (pending[f.name] === undefined && f.expect.length && !byShape.has(f.shape) && f.text.length < 6000) byShape.set(f.shape, f);
    }
    return [...byShape.values()].slice(0, 8);
  })();

  for (const f of sample) {
    it(`${f.name}: same incidents when split at every offset`, function () {
      this.timeout(120_000);
      const want = JSON.stringify(f.expect);
      for (let k = 0; k <= f.text.length; k++) {
        const got = run([f.text.slice(0, k), f.text.slice(k)]);
        if (JSON.stringify(got) !== want) assert.fail(`split at ${k}: ${JSON.stringify(got)}`);
      }
    });
  }

  // How the same output reaches a terminal or a log: a Windows line end, colour, the spaces a
  // terminal copy leaves, and the prefixes collectors and task runners put on every line. Every
  // fixture read right as posted must be read the same way after each, and every negative must
  // stay silent.
  const EVERY_LINE: Record<string, (line: string) => string> = {
    'CRLF line ends': (l) => l + '\r',
    'red ANSI colour': (l) => (l.trim() ? `\x1b[31m${l}\x1b[0m` : l),
    'trailing spaces': (l) => l + '   ',
    'GitHub Actions timestamps': (l) => '2025-04-16T23:19:50.1234567Z ' + l,
    'GitLab CI timestamps': (l) => '2025-04-16T23:19:50.123456Z 01O ' + l,
    "Jenkins' Timestamper": (l) => '[2025-04-16T23:19:50.123Z] ' + l,
    Heroku: (l) => '2025-04-16T23:19:50.123456+00:00 app[web.1]: ' + l,
    journald: (l) => 'Apr 16 23:19:50 box python3[1234]: ' + l,
    pm2: (l) => '0|app      | ' + l,
    'docker compose': (l) => 'web-1  | ' + l,
    'docker compose logs -t': (l) => 'web-1  | 2024-05-01T12:00:00.123456789Z ' + l,
    'Fly.io': (l) => '2024-05-01T12:00:00Z app[3d8d9e5c] iad [info]' + l,
    "a log viewer's time column": (l) => 'May  1 12:00:00 PM  ' + l,
    "a cloud log viewer's time column": (l) => '2024-05-01 12:00:00.123 CEST  ' + l,
    'kubectl --prefix': (l) => '[pod/api-7d9f/app] ' + l,
    concurrently: (l) => '[1] ' + l,
    Turborepo: (l) => 'web:dev: ' + l,
    'a Markdown blockquote': (l) => '> ' + l,
  };
  const readRight = all.filter((f) => pending[f.name] === undefined);
  // Read right only once a terminal's hard wraps are joined back (scan/hardWrap.ts): with a
  // collector's prefix or padding on every piece, each piece is its own record and stays apart.
  // ihub-apps: its model is on the app's `[INTERACTION] … | Model: …` line, which the wrap joiner puts
  // before the error's line; with a prefix on each line the two stay apart and the model is not read.
  // claude-worker-proxy-2: Claude Code wrapped Google's body inside its gutter mid-token (`API_KEY_INV` / `    ALID`).
  // inference-benchmarker-12: Rich cut its locals panel's lines at the panel's width (`… You must have ac'+60`), which
  // the wrap joiner joins to the next local; with a prefix on each line the locals (the status) and the message (the
  // model) stay two reports.
  const WRAPS_JOINED = new Set([
    'huggingface/agents-course-222-smolagents-rich-401-router-invalid-username.txt',
    'tool-wrapped/claude-worker-proxy-2-claude-code-wrapped-gemini-400-key-invalid.txt',
    'structured-log/ihub-apps-236-console-object-gemini-api-key-invalid.txt',
    'huggingface/h154-inference-benchmarker-12-rich-locals-gated-repo-401.txt',
  ]);
  const KEEPS_PIECES = new Set(['CRLF line ends', 'red ANSI colour']);
  for (const [how, each] of Object.entries(EVERY_LINE)) {
    it(`reads every fixture the same with ${how} on each line, and stays silent on the negatives`, () => {
      let positives = 0;
      const differ: string[] = [];
      for (const f of readRight) {
        // Fixtures posted from a compose log already carry its column: a second one is not real output.
        if (how.startsWith('docker compose') && /^\S+\s+\| /m.test(f.text)) continue;
        if (WRAPS_JOINED.has(f.name) && !KEEPS_PIECES.has(how)) continue;
        const text = f.text.split('\n').map(each).join('\n');
        if (JSON.stringify(summaries(scanText(text, f.name))) !== JSON.stringify(f.expect)) differ.push(f.name);
        if (f.expect.length) positives++;
      }
      assert.deepEqual(differ, []);
      assert.ok(positives > 150, `only ${positives} positive fixtures`);
    });
  }

  // How the same output sits in a post: inside a Markdown fence between lines of the poster's words,
  // or under a caption.
  const IN_A_POST: Record<string, (text: string) => string> = {
    'in a fence between lines of prose': (t) => `When I run it I get this:\n\n\`\`\`python\n${t}\n\`\`\`\n\nAny idea what is wrong? Thanks!\n`,
    'under an `Error:` caption': (t) => `Error:\n${t}`,
    'in a collapsible section': (t) => `<details>\n<summary>Full log</summary>\n\n${t}\n</details>\n\nThanks for any help!\n`,
  };
  for (const [how, post] of Object.entries(IN_A_POST)) {
    it(`reads every fixture the same pasted ${how}, and stays silent on the negatives`, () => {
      const differ: string[] = [];
      let positives = 0;
      for (const f of readRight) {
        if (JSON.stringify(summaries(scanText(post(f.text), f.name))) !== JSON.stringify(f.expect)) differ.push(f.name);
        if (f.expect.length) positives++;
      }
      assert.deepEqual(differ, []);
      assert.ok(positives > 150, `only ${positives} positive fixtures`);
    });
  }
});
