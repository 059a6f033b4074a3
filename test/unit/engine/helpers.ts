import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanText } from '../../../src/core/engine';

// Tests run from out/test/unit/engine; fixtures stay in the source tree.
export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/traces');

export interface Expectation {
  provider: string;
  cause: string;
  model: string | null;
  status: number | null;
  userFrame: { file: string; line: number; function: string | null } | null;
}

export function expectations(): Record<string, Expectation[]> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expectations.json'), 'utf8')) as Record<string, Expectation[]>;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function summary(i: {
  provider: string;
  cause: string;
  model: string | null;
  status: number | null;
  userFrame: { file: string; line: number; function: string | null } | null;
}): Expectation {
  return {
    provider: i.provider,
    cause: i.cause,
    model: i.model,
    status: i.status,
    userFrame: i.userFrame ? { file: i.userFrame.file, line: i.userFrame.line, function: i.userFrame.function } : null,
  };
}

/** Each incident of `text` as provider/cause/status/model, in order. */
export function verdicts(text: string): string[] {
  return scanText(text).map((i) => `${i.provider}/${i.cause}/${i.status}/${i.model}`);
}

/** Each incident of `text` with its user frame as `file:line`, for tests that check where it points. */
export function located(text: string): Array<Omit<Expectation, 'userFrame'> & { userFrame: string | null }> {
  return scanText(text).map((i) => ({
    provider: i.provider,
    cause: i.cause,
    status: i.status,
    model: i.model,
    userFrame: i.userFrame && `${i.userFrame.file}:${i.userFrame.line}`,
  }));
}
