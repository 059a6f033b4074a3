// The fixture sources the fix tests edit (test/fixtures/sources) and how they find a line in them.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sources');

export function readSource(file: string): string {
  return readFileSync(join(SOURCES, file), 'utf8');
}

/** 1-based line of the first line containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const idx = text.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(idx >= 0, `marker not found: ${marker}`);
  return idx + 1;
}
