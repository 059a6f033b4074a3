// What a pattern cannot match without: for each of its top-level alternatives, a literal run every
// match of that alternative holds. A text holding none of them cannot match, so one cheap search for
// the runs (anyOf.ts) spares most texts the pattern. Only what is sure is kept: a class, an optional or
// repeated part and a look-around end a run; a required group counts as the set of its alternatives' runs.

/** Runs shorter than this say little: a text holds them by chance. */
const MIN_LITERAL = 4;

/** What one alternative requires: sets of literals, one of each set in every match. */
type Requirement = readonly string[];

/** Characters an escape stands for literally (`\.`, `\/`): the escaped character itself. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/-=!:<>,\'"`#%&~@ _;');
const CONTROL: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/**
 * Literals every match of `re` holds one of (lowercase when `re` ignores case), or null when some
 * alternative holds no run of MIN_LITERAL characters this reader is sure of.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case folding under `u` maps some other characters onto ASCII letters (`ſ` onto `s`), and `v` nests
  // classes (`[[a-z]--[aeiou]]`): neither is followed.
  if ((re.ignoreCase && re.unicode) || re.flags.includes('v')) return null;
  const reader = new Reader(re.source, re.ignoreCase);
  const alternatives = reader.alternatives();
  if (reader.failed || reader.at !== re.source.length) return null;
  const out: string[] = [];
  for (const requirements of alternatives) {
    const best = bestRequirement(requirements);
    if (!best) return null;
    out.push(...best);
  }
  return [...new Set(out)];
}

/** The requirement whose shortest literal is longest (a set of long literals is rarer than one short one). */
function bestRequirement(requirements: readonly Requirement[]): Requirement | null {
  let best: Requirement | null = null;
  let score = MIN_LITERAL - 1;
  for (const r of requirements) {
    const shortest = Math.min(...r.map((l) => l.length));
    if (shortest > score) [best, score] = [r, shortest];
  }
  return best;
}

class Reader {
  at = 0;
  failed = false;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** The alternatives from here to the end of the enclosing group (or pattern): each one's requirements. */
  alternatives(): Requirement[][] {
    const out: Requirement[][] = [this.sequence()];
    while (!this.failed && this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  /** One alternative: its literal runs, and what its required groups require. */
  private sequence(): Requirement[] {
    const found: Requirement[] = [];
    let run = '';
    const end = (): void => {
      if (run.length >= MIN_LITERAL) found.push([run]);
      run = '';
    };
    const src = this.source;
    while (!this.failed && this.at < src.length && src[this.at] !== '|' && src[this.at] !== ')') {
      const c = src[this.at];
      if (c === '(') {
        end();
        const inner = this.group();
        const min = this.quantifier();
        if (min > 0 && inner) found.push(inner);
        continue;
      }
      let literal: string | null = null;
      if (c === '[') this.skipClass();
      else if (c === '\\') literal = this.escape();
      else if (c === '.' || c === '^' || c === '$') this.at++;
      else if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
        // A quantifier with nothing before it, or a lone bracket: not a pattern this reader follows.
        if (c === '{' || c === ']' || c === '}') literal = this.loneBrace(c);
        else this.failed = true;
      } else {
        literal = c;
        this.at++;
      }
      if (literal !== null && this.ignoreCase && literal.charCodeAt(0) > 127) literal = null;
      const min = this.quantifier();
      if (literal === null || min === 0) {
        end();
        continue;
      }
      run += this.ignoreCase ? literal.toLowerCase() : literal;
      // Repeated: the character is there once, what follows may not come right after it.
      if (min < 0) end();
    }
    end();
    return found;
  }

  /**
   * A group from its `(` past its `)`: what every match of it holds (one literal of each of its
   * alternatives' best runs), or null (a look-around, or an alternative with no run).
   */
  private group(): Requirement | null {
    const src = this.source;
    this.at++;
    let lookAround = false;
    if (src[this.at] === '?') {
      const head = src.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) [this.at, lookAround] = [this.at + 2, true];
      else if (head === '?<=' || head === '?<!') [this.at, lookAround] = [this.at + 3, true];
      else if (head.startsWith('?<')) {
        const close = src.indexOf('>', this.at);
        if (close < 0) this.failed = true;
        this.at = close + 1;
      } else this.failed = true;
    }
    const alternatives = this.alternatives();
    if (src[this.at] !== ')') this.failed = true;
    this.at++;
    if (lookAround || this.failed) return null;
    const out: string[] = [];
    for (const requirements of alternatives) {
      const best = bestRequirement(requirements);
      if (!best) return null;
      out.push(...best);
    }
    return out;
  }

  /** Skips a character class `[…]` (escapes inside included). */
  private skipClass(): void {
    const src = this.source;
    this.at++;
    if (src[this.at] === '^') this.at++;
    if (src[this.at] === ']') this.at++;
    while (this.at < src.length && src[this.at] !== ']') this.at += src[this.at] === '\\' ? 2 : 1;
    if (this.at >= src.length) this.failed = true;
    this.at++;
  }

  /** An escape: the character it stands for, or null (a class like `\w`, an assertion, a reference). */
  private escape(): string | null {
    const src = this.source;
    const c = src[this.at + 1];
    this.at += 2;
    if (c === undefined) {
      this.failed = true;
      return null;
    }
    if (SYNTAX.has(c)) return c;
    if (c in CONTROL) return CONTROL[c];
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(this.at, this.at + 2))) {
      this.at += 2;
      return String.fromCharCode(parseInt(src.slice(this.at - 2, this.at), 16));
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(this.at, this.at + 4))) {
      this.at += 4;
      return String.fromCharCode(parseInt(src.slice(this.at - 4, this.at), 16));
    }
    // `\p{…}`, `\k<name>`, `\u{…}`: skip what they enclose.
    if ((c === 'p' || c === 'P' || c === 'u') && src[this.at] === '{') this.at = src.indexOf('}', this.at) + 1 || src.length;
    else if (c === 'k' && src[this.at] === '<') this.at = src.indexOf('>', this.at) + 1 || src.length;
    else if (c === 'c' || c === 'x' || c === 'u') this.failed = true;
    // `\d`, `\w`, `\s`, `\b`, back-references, `\0`, …: no literal.
    return null;
  }

  /** `{`, `}` or `]` outside a quantifier or class: a literal (Annex B), when `{` starts no quantifier. */
  private loneBrace(c: string): string | null {
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.source.slice(this.at))) {
      this.failed = true;
      return null;
    }
    this.at++;
    return c;
  }

  /**
   * The quantifier after an atom, consumed: the fewest times it must occur — 1 with none, 0 when
   * optional, -1 when at least once but maybe more (a run ends after it).
   */
  private quantifier(): number {
    const src = this.source;
    const c = src[this.at];
    let min: number;
    if (c === '?' || c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = -1;
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(this.at));
      if (!m) return 1;
      this.at += m[0].length;
      const fewest = Number(m[1]);
      min = fewest === 0 ? 0 : m[2] === undefined && fewest === 1 ? 1 : -1;
    } else return 1;
    if (src[this.at] === '?') this.at++;
    return min;
  }
}
