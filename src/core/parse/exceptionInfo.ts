// A debug adapter's `exceptionInfo` response -> the trace a terminal would have printed, so the
// engine reads it like any other output. Adapters leave out different parts of that trace.

/** The DAP `ExceptionInfoResponse` body, as far as we read it. */
export interface ExceptionInfoBody {
  exceptionId?: string;
  description?: string;
  details?: { message?: string; typeName?: string; stackTrace?: string };
}

const PYTHON_FRAME = /^\s*File "[^"]+", line \d+/;
const PYTHON_HEADER = /^\s*Traceback \(most recent call last\):/;
const NODE_FRAME = /^\s*at /;

/**
 * js-debug sends Node frames without the "Error: message" line (it is in `exceptionId`);
 * debugpy sends Python frames and the final error line without the "Traceback" header.
 */
export function traceFromExceptionInfo(body: ExceptionInfoBody | undefined): string | undefined {
  if (!body) return undefined;
  const stack = (body.details?.stackTrace ?? '').replace(/\s+$/, '');
  const headline = errorLine(body);
  const first = stack.split('\n', 1)[0];
  if (PYTHON_HEADER.test(first)) return `${stack}\n`;
  if (PYTHON_FRAME.test(first)) {
    const last = stack.slice(stack.lastIndexOf('\n') + 1);
    const complete = !/^\s/.test(last);
    return `Traceback (most recent call last):\n${stack}\n${complete || !headline ? '' : `${headline}\n`}`;
  }
  if (NODE_FRAME.test(first)) return headline ? `${headline}\n${stack}\n` : undefined;
  if (stack) return `${stack}\n`;
  return headline ? `${headline}\n` : undefined;
}

/** "Type: message" from whichever fields the adapter filled. */
function errorLine(body: ExceptionInfoBody): string | undefined {
  const message = body.details?.message ?? body.description;
  // debugpy may append "(note: … execution is paused at: f)" to the type.
  const type = (body.details?.typeName ?? body.exceptionId)?.replace(/\s+\(note: .*\)$/, '');
  if (type && message) return type.includes(message) ? type : `${type}: ${message}`;
  // js-debug puts the whole first line of `error.stack` in exceptionId.
  if (type && /^[\w.$]+: /.test(type)) return type;
  return message;
}
