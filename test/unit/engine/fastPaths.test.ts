import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { adversarialOutput, benignOutput } from '../../../bench/output';
import { lineReportStart, mayHoldLineReport, reportStartIn } from '../../../src/core/parse/layouts/reportStart';
import { isPrompt, matchesPromptPattern } from '../../../src/core/parse/layouts/surroundings';
import { stripAnsi } from '../../../src/core/scan/ansi';
import { hasAnchor, StreamScanner } from '../../../src/core/scan/streamScanner';

// The scanner's first-stage tests answer "no" before the precise test runs. Each must never say
// "no" to a line the precise test accepts: checked here over every line of every fixture, the
// strings inside their JSON lines, and the benchmark's output.
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.(txt|log|json|md)$/.test(e.name) ? [p] : [];
  });
}

/** The strings a JSON line holds, as the structured-log reader walks them. */
function jsonStrings(line: string): string[] {
  const start = line.search(/[{[]/);
  if (start < 0) return [];
  let value: unknown;
  try {
    value = JSON.parse(line.slice(start));
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(value);
  return out;
}

function allLines(): string[] {
  const lines: string[] = [];
  const add = (text: string): void => {
    for (const l of text.split('\n')) {
      const raw = l.replace(/\r$/, '');
      lines.push(raw, stripAnsi(raw));
      for (const s of jsonStrings(raw)) lines.push(...s.split('\n'));
    }
  };
  for (const f of filesUnder(FIXTURES)) add(fs.readFileSync(f, 'utf8'));
  add(benignOutput(256 * 1024));
  add(adversarialOutput(64 * 1024));
  return lines;
}

describe('fast paths drop nothing the precise test accepts', () => {
  const lines = allLines();

  it('lineReportStart: the word test passes every line that holds a report, and the answer is the same', () => {
    let reports = 0;
    for (const line of lines) {
      const full = reportStartIn(line);
      if (full >= 0) {
        reports++;
        assert.ok(mayHoldLineReport(line), line);
      }
      assert.equal(lineReportStart(line), full, line);
    }
    // Positive control: the fixtures hold reports, so the comparison above was exercised.
    assert.ok(reports > 100, `only ${reports} report lines`);
  });

  it('a JSON line without backslashes shows the words of every report its strings hold', () => {
    let checked = 0;
    for (const line of lines) {
      if (line.indexOf('\\') >= 0) continue;
      for (const s of jsonStrings(line)) {
        if (reportStartIn(s) < 0) continue;
        checked++;
        assert.ok(mayHoldLineReport(line), line);
      }
    }
    assert.ok(checked > 0, 'no JSON line with a report among the fixtures');
  });

  it('isPrompt answers as the prompt pattern does', () => {
    let prompts = 0;
    const extra = ['dev@box:~/app$ ', 'PS C:\\Users\\dev> ', '>>> import openai', '❯', 'root@host:/# ', 'a % ', 'x >', 'price: 5$'];
    for (const line of [...lines, ...extra]) {
      const want = matchesPromptPattern(line);
      if (want) prompts++;
      assert.equal(isPrompt(line), want, line);
    }
    assert.ok(prompts >= 5, `only ${prompts} prompt lines`);
  });
});

describe('the scanner reads closely only around errors', () => {
  it('reads a few lines per chunk holding an anchor of benign output, not on past the error (a count, not a timing)', () => {
    // Build logs and test runs print errors that are no AI failure (`TypeError: …` over its stack, a runner's
    // indented `AssertionError: …`): around each the scanner reads a few lines and lets go. A change that keeps
    // the cutter open past them reads on for every line that follows (once 6x as many), which the benchmark
    // shows only as noise on a busy machine.
    const scanner = new StreamScanner();
    let anchored = 0;
    for (let i = 0, text = benignOutput(4 * 1024 * 1024); i < text.length; i += 4096) {
      const chunk = text.slice(i, i + 4096);
      if (hasAnchor(chunk)) anchored++;
      scanner.push(chunk);
    }
    scanner.flush();
    assert.ok(anchored >= 20, `${anchored} chunks hold an anchor`);
    assert.ok(scanner.linesRead > 0 && scanner.linesRead <= 6 * anchored, `${scanner.linesRead} lines read around ${anchored} anchored chunks`);
  });
});
