// One Node/V8/Bun/Deno stack frame line -> Frame, by hand: no regex backtracking on long lines.
//   at fn (file:line:col)   at async fn (file:line:col)   at file:line:col   at fn (native)
//   at new X (file…)   at fn [as y] (file…)   at eval (eval at f (file:1:1), <anonymous>:1:1)
//   at (file:line:col)   at fn (async file:line:col)
// .NET prints its frames with the same `at `: `at Ns.Type.Method(Args a) in C:\src\App.cs:line 12`,
// and so does the JVM: `at com.example.App.main(App.java:14)`; .NET in another UI language words it its own way
// (`bei Ns.Type.Method() in C:\\src\\App.cs:Zeile 12.`).
import type { Frame } from '../types';
import { fileFromUrl } from './frames';
import { DOTNET_LOCALIZED_FRAME } from './layouts/otherRuntimes';

/** Reads a line that starts with whitespace and `at `; null when it names no location. */
export function parseNodeFrame(line: string): Frame | null {
  let s = line.trim();
  if (s.startsWith('❯ ')) return vitestFrame(s.slice(2).trim());
  const localized = DOTNET_LOCALIZED_FRAME.exec(line);
  if (localized) return localized[2] === undefined ? null : { file: localized[2], line: Number(localized[3]), function: localized[1] };
  if (!s.startsWith('at ')) return null;
  s = s.slice(3).trimStart();
  const dotnet = DOTNET_LOCATION.exec(s);
  if (dotnet) return { file: dotnet[2], line: Number(dotnet[3]), function: dotnet[1] };
  const jvm = JVM_LOCATION.exec(s);
  if (jvm) {
    const jar = jvm[4] === undefined ? null : JAR.exec(jvm[4]);
    return { file: jvm[2], line: Number(jvm[3]), function: jvm[1], ...(jar ? { jar: jar[1] } : {}) };
  }
  if (s.endsWith('{')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('async ')) s = s.slice(6).trimStart();
  let fn: string | null = null;
  let loc = s;
  if (s.endsWith(')')) {
    const open = matchingOpen(s, s.length - 1);
    if (open > 0 && s[open - 1] === ' ') {
      fn = s.slice(0, open - 1).trim() || null;
      loc = s.slice(open + 1, -1);
    } else if (open === 0) {
      // `at (index.mjs:1:117486)`: an anonymous function, as bundled servers (Nitro, workers) print it.
      loc = s.slice(1, -1);
    }
  }
  if (fn && fn.startsWith('async ')) fn = fn.slice(6);
  // `at null.<anonymous> (async file:///app/x.js:3:1)`: V8 marks an awaited frame inside the parentheses too.
  if (loc.startsWith('async ')) loc = loc.slice(6);
  // `eval at f (file:1:1), <anonymous>:1:1`: the location after the last comma.
  const comma = loc.lastIndexOf(', ');
  if (comma >= 0 && loc.startsWith('eval at ')) loc = loc.slice(comma + 2);
  if (loc === 'native' || loc === '<anonymous>' || /^index \d+$/.test(loc)) return { file: '<anonymous>', line: 0, function: fn };
  const pos = lineAndColumn(loc);
  if (!pos) return null;
  return { file: stripBundlerPrefix(fileFromUrl(loc.slice(0, pos.fileEnd))), line: pos.line, function: fn };
}

/** Vitest's frame after its `❯ `: the function (if any), a space, the location (`new X src/x.js:9:19`). */
function vitestFrame(s: string): Frame | null {
  const space = s.lastIndexOf(' ');
  const loc = s.slice(space + 1);
  let fn: string | null = space > 0 ? s.slice(0, space).trim() : null;
  if (fn && fn.startsWith('async ')) fn = fn.slice(6);
  const pos = lineAndColumn(loc);
  if (!pos) return null;
  return { file: stripBundlerPrefix(fileFromUrl(loc.slice(0, pos.fileEnd))), line: pos.line, function: fn };
}

/** A .NET frame with its source: the method without its parameter list, the file, the line. */
const DOTNET_LOCATION = /^([\w.`<>$|[\],]+?)(?:\([^()]*\))? in (\S.*?):line (\d{1,9})$/;

/**
 * A JVM frame: the qualified method (after a module, `java.base@17/`), its source file (no folder
 * is printed) and line; Logback prints the jar after it (`~[client-0.9.0.jar:na]`, `[classes/:na]`).
 */
const JVM_LOCATION = /^([\w$.<>/@-]+)\(([\w$-]+\.(?:java|kt|kts|scala|groovy)):(\d{1,9})\)(?: ~?\[([^\]]*)\])?$/;
/** The jar in Logback's bracket (`agentscope-1.0.6.jar:na`, a fat jar's nested `spring-web-6.1.4.jar!/:6.1.4`); not `classes/:na`. */
const JAR = /^([^\s:/!]+\.jar)(?:!\/)?:/;

/** Index of the `(` matching the `)` at `close`, scanning back; -1 when unbalanced. */
function matchingOpen(s: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40 && --depth === 0) return i;
  }
  return -1;
}

/** `file:12:5` or `file:12`: the line, and where the file ends. */
function lineAndColumn(loc: string): { line: number; fileEnd: number } | null {
  const last = trailingNumber(loc, loc.length);
  if (last < 0) return null;
  const before = trailingNumber(loc, last - 1);
  if (before >= 0) return { line: Number(loc.slice(before, last - 1)), fileEnd: before - 1 };
  return { line: Number(loc.slice(last)), fileEnd: last - 1 };
}

/** Start of the digits ending at `end` and preceded by `:`, or -1. */
function trailingNumber(s: string, end: number): number {
  let i = end;
  while (i > 0 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57) i--;
  return i < end && i > 0 && s[i - 1] === ':' && end - i <= 9 ? i : -1;
}

/** `webpack-internal:///(rsc)/./app/route.ts` → `./app/route.ts`; `webpack:///./x.js` → `./x.js`. */
function stripBundlerPrefix(file: string): string {
  const m = /^webpack(?:-internal)?:\/\/\/(?:\([\w-]+\)\/)?/.exec(file);
  return m ? file.slice(m[0].length) : file;
}
