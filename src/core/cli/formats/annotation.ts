// One result of `scan` or `check` in the shape every CI format writes: a rule, a level, a
// masked one-line message and, when known, a location relative to the repository root.
import * as path from 'node:path';
import type { ModelFinding } from '../../check';
import { causeTitle } from '../../causes';
import { PROVIDERS } from '../../providers';
import type { Incident } from '../../types';
import { safeLine } from '../safeText';
import type { Level } from './rules';

export interface Annotation {
  ruleId: string;
  level: Level;
  /** Short, for a GitHub annotation title. */
  title: string;
  /** One line, masked, no control characters. */
  message: string;
  /** `/`-separated, relative to the root when inside it. */
  file?: string;
  line?: number;
  column?: number;
  endColumn?: number;
}

/** A trace's file path as the repository knows it: relative to `root` when inside it. */
export function repoPath(file: string, root: string): string {
  const clean = safeLine(file).trim();
  if (!path.isAbsolute(clean)) return clean.split(path.sep).join('/').replace(/^\.\//, '');
  const rel = path.relative(root, clean);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return clean.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

export function incidentAnnotation(i: Incident, root: string): Annotation {
  const name = PROVIDERS[i.provider].name;
  const facts = [i.status !== null ? `HTTP ${i.status}` : null, i.model ? `model ${i.model}` : null].filter(Boolean).join(', ');
  const first = i.message.split('\n')[0]!.slice(0, 300);
  const a: Annotation = {
    ruleId: i.cause,
    level: 'error',
    title: safeLine(`${name}: ${causeTitle(i.cause)}`),
    message: safeLine(`${name}: ${causeTitle(i.cause)}${facts ? ` (${facts})` : ''}: ${first}`),
  };
  if (i.userFrame) {
    a.file = repoPath(i.userFrame.file, root);
    a.line = i.userFrame.line;
  } else if (i.streamId && i.streamId !== 'stdin') {
    a.file = repoPath(i.streamId, root);
  }
  return a;
}

export function findingAnnotation(f: ModelFinding, file: string, level: Level, title: string): Annotation {
  return {
    ruleId: f.code,
    level,
    title: safeLine(title),
    message: safeLine(f.source ? `${f.message} (source: ${f.source})` : f.message),
    file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
  };
}
