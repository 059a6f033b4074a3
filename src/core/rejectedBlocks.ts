// Remembers the last few blocks that turned out not to be access failures, so the same block
// printed again (a watch-mode rerun, a retry loop, a log tailed twice) skips parse and classify.
// Sound because parse and classify are pure functions of the block and the engine's settings:
// the same text in the same layout is rejected again. Bounded in entries and in characters.
import type { CutBlock } from './parse/layouts/block';

/** Longest block remembered: repeated benign errors are short; long blocks are rare and costly to key. */
const MAX_TEXT = 4 * 1024;
const MAX_ENTRIES = 32;

export class RejectedBlocks {
  /** Insertion order is eviction order (Map keeps it). */
  private readonly seen = new Map<string, true>();

  has(block: CutBlock): boolean {
    return block.text.length <= MAX_TEXT && this.seen.has(key(block));
  }

  add(block: CutBlock): void {
    if (block.text.length > MAX_TEXT) return;
    const k = key(block);
    this.seen.delete(k);
    this.seen.set(k, true);
    if (this.seen.size > MAX_ENTRIES) this.seen.delete(this.seen.keys().next().value as string);
  }
}

function key(block: CutBlock): string {
  return `${block.layout}\n${block.text}`;
}
