// Line state machine that cuts candidate trace blocks out of clean (escape-free) lines:
// Python tracebacks (chained, exception groups, logging.exception), pytest failure entries and
// Node.js error stacks with the object dump that follows them, IPython/Jupyter tracebacks.
// Knows layouts, not providers.
import { IPY_HEADER, IPY_RULE, isIPythonFrameLine } from '../parse/ipython';

export const PY_HEADER = /^[\s|+]*(?:Exception Group )?Traceback \(most recent call last\):/;
const PY_CHAIN = /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
/** `openai.PermissionDeniedError: 403 …`, `Error: 403 …`, `Uncaught ApiError: …`, js-debug's `Uncaught X Error: …`. */
export const NODE_HEAD = /^(?:Uncaught (?:[A-Za-z_$][\w$.]*(?:Error|Exception) )?)?(?:[A-Za-z_$][\w$.]*)?(?:Error|Exception)(?: \[[\w-]+\])?(?::(?: .*)?)?$/;
const NODE_AT = /^\s+at\s/;
const NODE_STACK_EXTRA = /^\s+(?:\.\.\. \d+ (?:more )?lines?\b|\[cause\]:|\[errors\]:)/;
export const PYTEST_HEADER = /^_{3,} .* _{3,}$/;
const PYTEST_LOCATION_END = /^\S+:\d+: [A-Za-z_][\w.]*$/;
const SEPARATOR = /^={5,}/;
/** A log record or a CI runner's own line (`##[error]…`, `::group::…`): not part of a message. */
const LOG_RECORD = /^(?:(?:INFO|WARNING|WARN|DEBUG|ERROR|CRITICAL|FATAL|TRACE)\b[:\s[]|\[?\d{4}-\d\d-\d\d[ T]|\[\d{1,2}:\d\d|##\[[a-z]+\]|::[a-z-]+(?: [^:]*)?::)/;
const PROMPT = /(?:^|\s|[\w~\]\)])[$#%❯›»]\s*$|^PS [A-Za-z]:\\.*>\s*$|^>>>\s/;

type State = 'idle' | 'py' | 'ipy' | 'pyExc' | 'pyExcBlank' | 'nodeHead' | 'nodeFrames' | 'nodeDump' | 'pytest';

export interface CutterLimits {
  maxBlockBytes: number;
  maxBlockLines: number;
}

const MAX_EXC_CONTINUATION = 40;
const MAX_NODE_HEAD_CONTINUATION = 60;
const MAX_BLANKS = 2;

export class BlockCutter {
  private state: State = 'idle';
  private lines: string[] = [];
  private bytes = 0;
  private cont = 0;
  private blanks = 0;
  private held: string[] = [];
  /** The block is IPython's layout: after a chain line its next traceback belongs to it. */
  private ipython = false;

  constructor(private readonly limits: CutterLimits) {}

  get active(): boolean {
    return this.state !== 'idle';
  }

  /** Bytes held for the block being cut. */
  get bufferedBytes(): number {
    let held = 0;
    for (const l of this.held) held += l.length + 1;
    return this.bytes + held;
  }

  /** Feeds one complete line; completed blocks are appended to `out`. */
  feed(line: string, boundary: boolean, out: string[]): void {
    if (boundary && this.state !== 'idle') this.finish(out);
    // A line may end one block and start the next, so loop until it is consumed.
    let pending: string[] | null = null;
    let next: string | undefined = line;
    while (next !== undefined) {
      const refeed = this.step(next, out);
      if (refeed) {
        pending ??= [];
        pending.push(...refeed);
      }
      next = pending?.shift();
    }
  }

  /** Ends the block in progress (stream quiet or ended). */
  finish(out: string[]): void {
    if (this.state === 'nodeHead') {
      // A head line without frames: keep the head alone, drop what followed it.
      this.held = [];
    } else if (this.held.length) {
      for (const l of this.held) this.push(l);
      this.held = [];
    }
    if (this.lines.length) out.push(this.lines.join('\n'));
    this.reset();
  }

  private reset(): void {
    this.state = 'idle';
    this.lines = [];
    this.bytes = 0;
    this.cont = 0;
    this.blanks = 0;
    this.held = [];
    this.ipython = false;
  }

  private push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length + 1;
  }

  private full(): boolean {
    return this.bytes > this.limits.maxBlockBytes || this.lines.length > this.limits.maxBlockLines;
  }

  private start(state: State, line: string): void {
    this.state = state;
    this.push(line);
  }

  /** Returns lines to feed again (after a block ended on them), or null. */
  private step(line: string, out: string[]): string[] | null {
    if (this.state !== 'idle' && this.full()) {
      this.finish(out);
    }
    switch (this.state) {
      case 'idle':
        if (PY_HEADER.test(line)) this.start('py', line);
        else if (IPY_HEADER.test(line)) {
          this.start('ipy', line);
          this.ipython = true;
        }
        else if (PYTEST_HEADER.test(line)) this.start('pytest', line);
        else if (NODE_HEAD.test(line)) this.start('nodeHead', line);
        return null;

      case 'py':
        if (line.trim() === '' || PY_CHAIN.test(line) || PY_HEADER.test(line) || /^\s/.test(line)) {
          this.push(line);
          return null;
        }
        // First column, not a header: the exception line.
        this.push(line);
        this.state = 'pyExc';
        this.cont = 0;
        return null;

      case 'ipy':
        // Frames, numbered source lines and markers; the first other first-column line is the
        // exception line, read on like a Python one.
        this.push(line);
        if (!(line.trim() === '' || /^\s/.test(line) || isIPythonFrameLine(line))) {
          this.state = 'pyExc';
          this.cont = 0;
        }
        return null;

      case 'pyExc':
      case 'pyExcBlank': {
        if (PY_CHAIN.test(line)) {
          for (const l of this.held) this.push(l);
          this.held = [];
          this.push(line);
          this.state = this.ipython ? 'ipy' : 'py';
          return null;
        }
        if (line.trim() === '') {
          this.held.push(line);
          this.state = 'pyExcBlank';
          if (++this.blanks > MAX_BLANKS) {
            this.finish(out);
          }
          return null;
        }
        if (PY_HEADER.test(line) || IPY_HEADER.test(line) || IPY_RULE.test(line) || PYTEST_HEADER.test(line) || SEPARATOR.test(line) || LOG_RECORD.test(line) || PROMPT.test(line) || this.cont >= MAX_EXC_CONTINUATION) {
          this.finish(out);
          return [line];
        }
        for (const l of this.held) this.push(l);
        this.held = [];
        this.blanks = 0;
        this.push(line);
        this.cont++;
        this.state = 'pyExc';
        return null;
      }

      case 'nodeHead':
        if (NODE_AT.test(line)) {
          for (const l of this.held) this.push(l);
          this.held = [];
          this.push(line);
          this.state = line.trimEnd().endsWith('{') ? 'nodeDump' : 'nodeFrames';
          return null;
        }
        if (PY_HEADER.test(line) || NODE_HEAD.test(line) || PROMPT.test(line) || this.held.length >= MAX_NODE_HEAD_CONTINUATION) {
          const again = this.held;
          this.held = [];
          this.finish(out);
          again.push(line);
          return again;
        }
        this.held.push(line);
        return null;

      case 'nodeFrames':
        if (NODE_AT.test(line) || NODE_STACK_EXTRA.test(line)) {
          this.push(line);
          if (line.trimEnd().endsWith('{')) this.state = 'nodeDump';
          return null;
        }
        if (line === '{') {
          this.push(line);
          this.state = 'nodeDump';
          return null;
        }
        this.finish(out);
        return [line];

      case 'nodeDump':
        this.push(line);
        if (/^\}\s*$/.test(line)) this.finish(out);
        return null;

      case 'pytest':
        if (PYTEST_HEADER.test(line) || SEPARATOR.test(line)) {
          this.finish(out);
          return [line];
        }
        this.push(line);
        if (PYTEST_LOCATION_END.test(line)) this.finish(out);
        return null;
    }
  }
}
