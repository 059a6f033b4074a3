// The model check runs on every document version and a code action asks several questions about
// one lexed text: regexes built from a provider pack are compiled once per process, and answers
// about one lexed text are worked out once (a Lexed is never changed after lex() returns).
import type { Lexed } from './lexer';

const compiled = new Map<string, RegExp>();

/**
 * The regex `build` makes, compiled the first time `key` is asked for, with `lastIndex` reset.
 * Keys name pack data only (provider, language, a pack's names), never file contents, so the
 * cache stays small.
 */
export function compiledOnce(key: string, build: () => RegExp): RegExp {
  let re = compiled.get(key);
  if (!re) {
    re = build();
    compiled.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

const answers = new WeakMap<Lexed, Map<string, unknown>>();

/** `compute()`, worked out once per lexed text and `key`. Callers must not change what it returns. */
export function oncePerText<T>(lx: Lexed, key: string, compute: () => T): T {
  let byKey = answers.get(lx);
  if (!byKey) {
    byKey = new Map();
    answers.set(lx, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}
