// One test for many patterns: the classifier asks first whether any pack's words are in a block at all.
import { escapeRegExp } from './escapeRegExp';
import { requiredLiterals } from './requiredLiterals';

/**
 * Whether any of `patterns` matches a text, in one pass per flag set (their union) rather than one
 * per pattern. A pattern with a back-reference is tested alone: its group numbers would shift in a
 * union. `g` and `y` are left out, so no pattern's `lastIndex` matters.
 *
 * `byLiterals`: patterns that name literals a match must hold (requiredLiterals) are tried only when
 * the text holds one of them, the rest always. Worth it for many patterns of rare words (a pack's
 * words, which most blocks hold none of); not for a few cheap ones, nor for words every block holds.
 */
export function anyOf(patterns: readonly RegExp[], byLiterals = false): (text: string) => boolean {
  if (!byLiterals) return unionTest(patterns);
  const gated: RegExp[] = [];
  const always: RegExp[] = [];
  // The literals, by whether case matters: one flat union each (nested groups would double its cost).
  const literals = { exact: new Set<string>(), folded: new Set<string>() };
  for (const re of patterns) {
    const required = requiredLiterals(re);
    if (required === null) always.push(re);
    else {
      gated.push(re);
      for (const l of required) (re.ignoreCase ? literals.folded : literals.exact).add(l);
    }
  }
  // A union of plain words is several times cheaper to run than one of the patterns they come from.
  const mayMatch = unionTest(
    [[...literals.exact], [...literals.folded]].flatMap((words, i) => (words.length ? [new RegExp(words.map(escapeRegExp).join('|'), i ? 'i' : '')] : [])),
  );
  const someGated = unionTest(gated);
  const someAlways = unionTest(always);
  return (text) => someAlways(text) || (mayMatch(text) && someGated(text));
}

/** Whether any of `patterns` matches, one union per flag set. */
function unionTest(patterns: readonly RegExp[]): (text: string) => boolean {
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
