// Structured JSON logs (pino, winston, bunyan, structlog, …): one JSON object per line whose
// string fields hold the whole trace with `\n` escapes (`err.stack`, `stack`, `exc_info`,
// `exception`) or a one-line report (`msg`). The decoded text is then cut like printed output.
import { lineReportStart } from '../parse/layouts';

const MAX_DEPTH = 4;

/**
 * The trace a JSON log line carries, decoded, or null when the line is not a JSON object or
 * carries none. Multi-line strings (stacks, tracebacks) win over a one-line message that
 * usually repeats their first line.
 */
export function traceInJsonLine(line: string): string | null {
  const start = line.indexOf('{');
  if (start < 0 || start > 200 || line.charCodeAt(line.length - 1) !== 125 /* } */) return null;
  // Only what a log prefix may precede: a timestamp, a level, a service column.
  if (start > 0 && /[{"']/.test(line.slice(0, start))) return null;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(start));
  } catch {
    return null;
  }
  const multi: string[] = [];
  let report: string | null = null;
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (v.includes('\n')) multi.push(v);
      else if (report === null && lineReportStart(v) >= 0) report = v;
    } else if (v && typeof v === 'object' && depth < MAX_DEPTH) {
      for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x, depth + 1);
    }
  };
  walk(value, 0);
  if (multi.length) return multi.join('\n\n');
  return report;
}
