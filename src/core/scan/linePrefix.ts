// Prefixes that log collectors put before every line of a program's output: the ISO timestamps
// of GitHub Actions raw logs, `kubectl logs --timestamps` and `docker logs -t`, and the service
// column of `docker compose up`. They are removed before a line is read as part of a trace.

const ISO_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) /;
const COMPOSE_SERVICE = /^[A-Za-z0-9][\w.-]*\s*\| /;

/** One clean (escape-free) line without its collector prefix. */
export function stripLinePrefix(line: string): string {
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) line = line.replace(ISO_STAMP, '');
  return line.indexOf('| ') > 0 ? line.replace(COMPOSE_SERVICE, '') : line;
}
