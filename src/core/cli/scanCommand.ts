// `ai-access-doctor scan [FILE…] [--exit-code] [--format json|text|problems]`: the engine over
// log files or stdin; one JSON line per incident (shared CAUSES.md contract), a short coloured
// summary, or `file:line:col: error cause: …` lines for the `$ai-access-doctor` problem matcher.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { TraceEngine, toScanRecord } from '../engine';
import { secretEnvValues } from '../secrets';
import { causeTitle } from '../causes';
import { explanationFor } from '../explanations';
import { problemMessage } from '../present/problemMessage';
import { PROVIDERS } from '../providers';
import type { Incident } from '../types';
import { incidentAnnotation, type Annotation } from './formats/annotation';
import { githubCommand } from './formats/github';
import { SCAN_RULES } from './formats/rules';
import { MAX_SARIF_RESULTS, sarifLog } from './formats/sarif';
import type { CliIo } from './main';
import { safeLine } from './safeText';

const USAGE = 'Usage: ai-access-doctor scan [FILE...] [--exit-code] [--format json|text|problems|sarif|github]\n';
const FORMATS = ['json', 'text', 'problems', 'sarif', 'github'] as const;

interface Options {
  files: string[];
  exitCode: boolean;
  format: (typeof FORMATS)[number];
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { files: [], exitCode: false, format: 'json' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--exit-code') o.exitCode = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args[++i] : a.slice('--format='.length);
      const format = FORMATS.find((f) => f === v);
      if (!format) return `--format must be json, text, problems, sarif or github, not '${v ?? ''}'`;
      o.format = format;
    } else if (a === '-') o.files.push('-');
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else o.files.push(a);
  }
  return o;
}

function useColour(out: NodeJS.WritableStream): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return Boolean((out as { isTTY?: boolean }).isTTY);
}

function textReport(i: Incident, colour: boolean): string {
  const c = (code: string, s: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const where = safeLine(i.userFrame ? `${i.userFrame.file}:${i.userFrame.line}` : i.streamId);
  const facts = safeLine([i.status !== null ? `HTTP ${i.status}` : null, i.errorClass, i.model ? `model ${i.model}` : null].filter(Boolean).join(', '));
  const fix = explanationFor(i.provider, i.cause).causes[0]?.fix ?? '';
  return `${c('1;31', `${PROVIDERS[i.provider].name}: ${causeTitle(i.cause)}`)} ${c('2', `(${i.cause})`)}\n  ${c('36', where)}  ${facts}\n  ${c('32', 'Fix:')} ${fix}\n`;
}

/**
 * One line per incident with a source line, in the compiler-style shape the contributed
 * `$ai-access-doctor` problem matcher reads (package.json `contributes.problemMatchers`; it
 * ignores the column so the entry spans the whole line).
 */
function problemLine(i: Incident): string {
  if (!i.userFrame) return '';
  // The same short message as the extension's own Problems entries.
  return `${safeLine(`${i.userFrame.file}:${i.userFrame.line}:1: error ${i.cause}: ${problemMessage(i)}`)}\n`;
}

async function scanStream(engine: TraceEngine, id: string, input: Readable, emit: (i: Incident[]) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    emit(engine.push(id, typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)));
  }
  const rest = decoder.end();
  if (rest) emit(engine.push(id, rest));
  emit(engine.end(id));
}

export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    io.stderr.write(`ai-access-doctor scan: ${o}\n${USAGE}`);
    return 2;
  }
  // The user's own keys (every *_API_KEY or *_TOKEN variable) are masked wherever a log prints them.
  const ownSecrets = secretEnvValues(process.env);
  const engine = new TraceEngine({ knownSecrets: () => ownSecrets });
  const colour = o.format === 'text' && useColour(io.stdout);
  let found = 0;
  const root = process.cwd();
  const sarif: Annotation[] = [];
  const emit = (list: Incident[]): void => {
    for (const i of list) {
      found++;
      if (o.format === 'sarif') {
        if (sarif.length < MAX_SARIF_RESULTS) sarif.push(incidentAnnotation(i, root));
      } else if (o.format === 'github') io.stdout.write(githubCommand(incidentAnnotation(i, root)));
      else io.stdout.write(o.format === 'json' ? `${JSON.stringify(toScanRecord(i))}\n` : o.format === 'problems' ? problemLine(i) : textReport(i, colour));
    }
  };
  const inputs = o.files.length ? o.files : ['-'];
  // An unreadable file is reported and skipped; the others are still scanned, and the exit
  // code (2) says at the end that something was not read.
  let unreadable = 0;
  for (const file of inputs) {
    try {
      const input = file === '-' ? io.stdin : createReadStream(file);
      await scanStream(engine, file === '-' ? 'stdin' : file, input, emit);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      io.stderr.write(
        `ai-access-doctor scan: cannot read '${file}': ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : (e.code ?? 'read error')}\n`,
      );
      unreadable++;
    }
  }
  if (o.format === 'sarif') io.stdout.write(`${JSON.stringify(sarifLog('scan', SCAN_RULES, sarif, found - sarif.length), null, 2)}\n`);
  if (o.format === 'text' && found === 0) io.stdout.write('No AI access errors found.\n');
  if (unreadable > 0) return 2;
  return o.exitCode && found > 0 ? 1 : 0;
}
