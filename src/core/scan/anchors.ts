// The scanner's anchors: words without which a chunk of output holds nothing to read. Looked for in
// every chunk, so this is the whole cost of benign output (`npm run bench` times it alone).
import { escapeRegExp } from '../escapeRegExp';
import { ANCHOR_PHRASES, REPORT_ANCHORS } from '../parse/layouts/reportPhrases';
import { ANCHOR_TABLES } from './anchorTables';
import { BLOCK, LiteralPrefilter } from './literalPrefilter';

/**
 * Every block we care about says "error" somewhere on its key line: an `Error` class or `Error
 * code`, or a lowercase `error` in an error body or a report (`"error":`, `'error': `,
 * `invalid_request_error`, `error: `, `error (status 404)`, `error 403`, httpx's `Client error '401`), or names a Python
 * exception path (`google.api_core.exceptions.NotFound`), or an `API key` (`401 Incorrect API key
 * provided`). `0 errors` and `error handling` are not anchors. Plus `REPORT_ANCHORS`
 * (`parse/layouts/reportPhrases.ts`): reports that say no `error` word (`Verify Organization`, `API error occurred`).
 */
export const ANCHOR_LITERALS: readonly string[] = [
  'Error',
  ...['_', '"', "'"].map((c) => c + 'error'),
  ...['"', "'", ':', '_', ' ('].map((c) => 'error' + c),
  ...'0123456789'.split('').map((d) => 'error ' + d),
  // httpx's message logged without its class: `Client error '401 Unauthorized' for url '…'` (4xx only).
  "Client error '4",
  '.exceptions.',
  'API key',
  ...REPORT_ANCHORS,
];

/** What the pattern looks for: the anchor, or the whole phrases it was cut from for its fingerprint (ANCHOR_PHRASES). */
const phrasesOf = (anchor: string): readonly string[] => ANCHOR_PHRASES[anchor] ?? [anchor];

/** Text kept from the end of the previous chunk to find an anchor cut in two: the longest anchor's length. */
export const LONGEST_ANCHOR = Math.max(...ANCHOR_LITERALS.flatMap(phrasesOf).map((a) => a.length));

// The prefilter finds the cuts; the pattern checks the phrases, each of which holds its cut, so every phrase's
// block still passes and the stretch checked around it (LONGEST_ANCHOR each side) still holds all of it.
/** What the pattern finds: each anchor, or the whole phrase it was cut from. */
export const SEARCHED_ANCHORS: readonly string[] = ANCHOR_LITERALS.flatMap(phrasesOf);
const SOURCE = SEARCHED_ANCHORS.map(escapeRegExp).join('|');
const ANCHOR_TEST = new RegExp(SOURCE);
const ANCHOR_SEARCH = new RegExp(SOURCE, 'g');

let prefilter: LiteralPrefilter | null | undefined;

/** The tables built ahead for these anchors (`anchorTables.ts`), when they are current; else none (computed on first use). */
export function precomputedTables(): [Uint8Array] | [] {
  return ANCHOR_TABLES.literals === JSON.stringify(ANCHOR_LITERALS) ? [Buffer.from(ANCHOR_TABLES.tables, 'base64')] : [];
}

/**
 * Where the first anchor at or after `from` starts, or -1. The prefilter skips the blocks that
 * cannot hold one; a candidate block is checked with the pattern over the stretch any anchor
 * through it would span, so the answer is the pattern's own. Without WebAssembly SIMD, the
 * pattern alone.
 */
export function nextAnchor(text: string, from = 0, usePrefilter = true): number {
  const at = firstAnchorAcross('', from > 0 ? text.slice(from) : text, usePrefilter);
  return at === null ? -1 : from + at;
}

/**
 * Where the first anchor of `before + text` starts, relative to `text` (negative: in `before`, the
 * end of the previous chunk, where an anchor cut in two begins); null when there is none.
 */
export function firstAnchorAcross(before: string, text: string, usePrefilter = true): number | null {
  if (prefilter === undefined) prefilter = LiteralPrefilter.create(ANCHOR_LITERALS, ...precomputedTables());
  let joined: string | undefined = before.length === 0 ? text : undefined;
  const searchFrom = (at: number): number | null => {
    joined ??= before + text;
    ANCHOR_SEARCH.lastIndex = at;
    const m = ANCHOR_SEARCH.exec(joined);
    return m ? m.index - before.length : null;
  };
  if (prefilter === null || !usePrefilter) return searchFrom(0);
  prefilter.load(text, before);
  for (let block = prefilter.next(0); block >= 0; block = prefilter.next(block + BLOCK)) {
    const start = Math.max(0, block - LONGEST_ANCHOR);
    joined ??= before + text;
    // No anchor starts before `start` (its block would have been checked and passed): the search ends in this stretch.
    if (ANCHOR_TEST.test(joined.slice(start, block + BLOCK + LONGEST_ANCHOR))) return searchFrom(start);
  }
  return null;
}
