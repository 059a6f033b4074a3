// Output generators for the scanner benchmark and its unit tests: realistic benign terminal
// output, and adversarial lines built to make a backtracking pattern slow.

/**
 * A 32-bit LCG read from its high bits. (The multiplication is done in 32-bit integer arithmetic:
 * in floating point it lost precision and the output repeated after a few thousand lines.)
 */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / 0x1000000;
  };
}

export function benignOutput(size: number): string {
  const r = rng(42);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const files = ['src/index.ts', 'src/server/routes.ts', 'lib/utils/format.js', 'app/models/user.py', 'tests/test_api.py', 'components/Button.tsx'];
  const gens: Array<() => string> = [
    () =>
      `\x1b[32m✔\x1b[0m ${pick(['renders the header', 'parses the config', 'retries on timeout', 'handles empty input', 'returns 404 for unknown ids'])} \x1b[90m(${Math.floor(r() * 90)}ms)\x1b[0m`,
    () =>
      `[webpack-cli] ${pick(['asset', 'chunk', 'cacheable modules'])} main.${Math.floor(r() * 1e8).toString(16)}.js ${Math.floor(r() * 900)} KiB [emitted] [minimized] (name: main)`,
    () => `${pick(files)}:${Math.floor(r() * 400)}:${Math.floor(r() * 80)} - \x1b[93mwarning\x1b[0m TS6133: 'unused' is declared but its value is never read.`,
    () =>
      JSON.stringify({
        level: pick(['info', 'debug', 'warn']),
        time: 1732370000000 + Math.floor(r() * 1e6),
        msg: pick(['request completed', 'cache miss', 'user signed in', 'job queued']),
        status: pick([200, 201, 204, 304, 403, 404]),
        durationMs: Math.floor(r() * 500),
        path: pick(['/api/users', '/health', '/v1/items?page=2']),
      }),
    () =>
      `tests/test_api.py::${pick(['test_list', 'test_create', 'test_delete', 'test_auth_denied_returns_403'])} \x1b[32mPASSED\x1b[0m${' '.repeat(Math.floor(r() * 20))}[ ${Math.floor(r() * 100)}%]`,
    () => `npm \x1b[33mwarn\x1b[0m deprecated ${pick(['inflight@1.0.6', 'glob@7.2.3', 'rimraf@3.0.2'])}: This module is not supported, and leaks memory.`,
    () => `   Compiling ${pick(['serde', 'tokio', 'hyper', 'regex'])} v1.${Math.floor(r() * 40)}.${Math.floor(r() * 10)}`,
    () =>
      `INFO:     127.0.0.1:${40000 + Math.floor(r() * 9999)} - "GET /items/${Math.floor(r() * 1000)} HTTP/1.1" ${pick(['200 OK', '403 Forbidden', '404 Not Found'])}`,
    () => `  ${pick(['✓', '•'])} ${pick(files)} (${Math.floor(r() * 40)} tests) ${Math.floor(r() * 900)}ms`,
    () => `Found 0 errors. Watching for file changes.`,
  ];
  // Rarely, an unrelated error in a test log: the scanner has to look at it and move on. The
  // numbers vary, so no two are the same block (the engine remembers repeated rejected blocks,
  // and identical ones would make it look faster than it is on real output).
  const rare = (): string => {
    const n = Math.floor(r() * 1000);
    return pick([
      `    AssertionError: expected ${n} to equal ${n + 1}`,
      `TypeError: Cannot read properties of undefined (reading 'id${n}')\n    at render (/home/dev/app/src/view.js:${n}:7)\n    at main (/home/dev/app/src/index.js:3:1)`,
    ]);
  };
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const line = r() < 0.0005 ? rare() : gens[Math.floor(r() * gens.length)]();
    parts.push(line);
    n += line.length + 1;
  }
  return parts.join('\n') + '\n';
}

export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  // Flatten the sliced strings once so both runs read the same flat strings.
  return out.map((c) => (c + ' ').slice(0, -1));
}

/**
 * Output built to make a backtracking or rescanning pattern slow: 16 KB lines that almost match
 * the frame, header and report shapes (nested parentheses and colons in `at` lines, quotes in
 * `File "` lines, long identifier runs before `Error: `, hundreds of `error` words, deep JSON).
 */
export function adversarialOutput(size: number): string {
  const LONG = 16 * 1024 - 64;
  const fill = (unit: string): string => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
  const kinds: string[] = [
    `Error: boom\n    at ${fill('a (')}\n    at ${fill('b:1')}\n    at x (${fill(':1')}\n    at ${fill(' ')}y\n`,
    `Traceback (most recent call last):\n  File "${fill('", line 1')}\n  File "a.py", line 1, in ${fill(' a')}\nKeyError: x\n`,
    `${fill('a')}Error: ${fill('e')}\n`,
    `log ${fill('error 4 error" ')}\n`,
    `${fill('Error code: x ')}\n`,
    `{"a":${fill('{"error":')}\n`,
    `x ${fill('failed with status ')}\n`,
    `____ ${fill('_ ')} ____\n${fill('a:1: ')}\n`,
    `Exception has occurred: X (note: ${fill(') ')}x\n${fill('[a {')}\n`,
    `PermissionDenied: 403 ${fill('[a {')}\n`,
    `!!! ${fill('aError.')} Details:\n`,
  ];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const k = kinds[i % kinds.length];
    parts.push(k);
    n += k.length;
  }
  return parts.join('');
}

/** The adversarial kinds with every line cut to `len` characters. */
export function adversarialLines(len: number, size: number): string {
  return (
    adversarialOutput(size)
      .split('\n')
      .map((l) => l.slice(0, len))
      .join('\n') + '\n'
  );
}

/** The same bytes as `adversarialOutput(size)` in lines of at most 1 KB: each long line's first KB repeated. */
export function adversarialShortLines(size: number): string {
  return adversarialOutput(size)
    .split('\n')
    .map((l) => (l.length > 1024 ? `${l.slice(0, 1024)}\n`.repeat(Math.floor(l.length / 1024)) : `${l}\n`))
    .join('');
}

/**
 * Messages built from pieces that almost match the carriers', hosts' and packs' patterns (a URL
 * without a known host, an exception name run on, SDK paths, a refusal cut short), `len`
 * characters each, `total` characters in all: for classification's cost per block.
 */
export function nearMissMessages(len: number, total: number): string[] {
  const pieces = [
    'http://aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbb.cc/dddddddddddddddddddddddd/eeeeeeeeeeee ',
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAException AAAAAAAAAAAAAAAAAAAAALanguageMode ',
    '@ai-sdk/aaaaaaaaaaaaaaaa litellm.llms.aaaaaaaaaaaaa langchain_aaaaaaaaaaaa ChatAAAAAAAAAAAAAAAA ',
    'Requests from referer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa are blocke ',
    "'type': 'error', 'error': {'typ 'message': 'Invalid API Ke Error code: 40 status code 4 ",
  ];
  const out: string[] = [];
  let piece = 0;
  for (let size = 0; size < total; size += len) {
    let line = '';
    while (line.length < len) line += pieces[piece++ % pieces.length];
    out.push(line.slice(0, len));
  }
  return out;
}

/** Seconds to scan `data` as one stream (engine from the caller: no import cycle here). */
export type ScanRun = (data: readonly string[]) => void;

/**
 * Best time of each of two jobs over `runs` rounds, taking turns so that a busy machine slows
 * both alike (the ratio is what matters, never the absolute time).
 */
export function bestOfInterleaved(runs: number, a: () => void, b: () => void): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  const time = (f: () => void): number => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  for (let i = 0; i < runs; i++) {
    bestA = Math.min(bestA, time(a));
    bestB = Math.min(bestB, time(b));
  }
  return [bestA, bestB];
}
