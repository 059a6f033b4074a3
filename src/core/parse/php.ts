// PHP's exception text -> ParsedTrace. An uncaught one prints `Fatal error: Uncaught
// Ns\Cls: message in /app/vendor/x.php:61`, then `Stack trace:`, `#0 /app/y.php(26): Ns\A->b()`
// … `#2 {main}` and `  thrown in … on line 61`, on lines of their own in a log and all on one line
// when a browser shows it or a post quotes it. Read by hand: indexOf and anchored tests only.
import type { Frame, ParsedTrace } from '../types';
import { statusFrom } from './frames';
import { PHP_EXCEPTION_CLASS, PHP_LOCATION } from './layouts/otherRuntimes';
import type { ParsedException } from './types';

/** After the head on its line (a browser, a quote) or on the next (a log; a terminal may have joined them). */
const STACK_TRACE = 'Stack trace:';

/** A PHP exception block (its class first, the cutter leaves `Uncaught ` out), or null when it is not one. */
export function parsePhpException(block: string): ParsedTrace | null {
  const nl = block.indexOf('\n');
  const first = nl < 0 ? block : block.slice(0, nl);
  const st = first.indexOf(STACK_TRACE);
  const head = (st >= 0 ? first.slice(0, st) : first).trimEnd();
  const cls = PHP_EXCEPTION_CLASS.exec(head);
  if (!cls) return null;
  // The message may say ` in ` itself: the location is after the last one.
  const at = head.lastIndexOf(' in ');
  if (at < cls[0].length) return null;
  const loc = PHP_LOCATION.exec(head.slice(at + 4));
  if (!loc) return null;
  const message = head.slice(cls[0].length, at);
  const rest = (st >= 0 ? first.slice(st + STACK_TRACE.length) : '') + (nl < 0 ? '' : block.slice(nl));
  const frames = framesOf({ file: loc[1], line: Number(loc[2]) }, rest);
  const status = statusFrom(message);
  const exc: ParsedException = { errorClass: cls[1], message, status, frames };
  return { language: 'node', errorClass: cls[1], status, message, body: block, frames, chain: [exc] };
}

interface Site {
  file: string;
  line: number;
}

/**
 * The frames, innermost last. PHP prints at each `#n` the place of a call and the function it
 * called: the function a place is in is the one the next frame called (`{main}` for the script's
 * top level), and the throw site is in the function `#0` called.
 */
function framesOf(thrown: Site, trace: string): Frame[] {
  const sites: Site[] = [thrown];
  const callees: string[] = [];
  for (const item of traceItems(trace)) {
    if (item.startsWith('{main}')) {
      callees.push('{main}');
      break;
    }
    const m = PHP_FRAME_ITEM.exec(item);
    if (!m) break;
    callees.push(m[3]);
    sites.push({ file: m[1], line: Number(m[2]) });
  }
  const frames = sites.map((s, i) => ({ file: s.file, line: s.line, function: callees[i] ?? null }));
  return frames.reverse();
}

/** `/app/y.php(26): Ns\A->b(Array, '…')`: the place, its line and the called function without arguments. */
const PHP_FRAME_ITEM = /^(\S.*?)\((\d{1,9})\): ([\w\\]+(?:(?:->|::)[\w{}]+)?)/;

/** The text of each `#n ` item, in order (one per line, or one after another on a line). */
function traceItems(trace: string): string[] {
  const starts: number[] = [];
  for (let i = trace.indexOf('#'); i >= 0; i = trace.indexOf('#', i + 1)) {
    if (i > 0 && !/\s/.test(trace[i - 1])) continue;
    let j = i + 1;
    while (j < trace.length && trace.charCodeAt(j) >= 48 && trace.charCodeAt(j) <= 57) j++;
    if (j > i + 1 && trace[j] === ' ') starts.push(i);
  }
  return starts.map((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1] : trace.length;
    return trace.slice(trace.indexOf(' ', s) + 1, end).trim();
  });
}
