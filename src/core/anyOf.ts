// One test for many patterns: the classifier asks first whether any pack's words are in a block at all.
/**
 * Whether any of `patterns` matches a text, in one pass per flag set (their union) rather than one
 * per pattern. A pattern with a back-reference is tested alone: its group numbers would shift in a
 * union. `g` and `y` are left out, so no pattern's `lastIndex` matters.
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const alone = patterns.filter((re) => /\\[1-9]|\\k</.test(re.source));
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (alone.includes(re)) continue;
    const flags = re.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${re.source})`]);
  }
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  const all = [...unions, ...alone.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')))];
  return (text) => all.some((re) => re.test(text));
}
