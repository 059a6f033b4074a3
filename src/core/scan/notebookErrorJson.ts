// VS Code's notebook error output as its "Copy Output" gives it (and as users paste it):
//
//   {
//   	"name": "PermissionDenied",
//   	"message": "403 Permission denied on resource project …",
//   	"stack": "---------------------------------------------------------------------------
//   _InactiveRpcError                         Traceback (most recent call last)
//   File c:\\Users\\me\\app\\…
//   …
//   PermissionDenied: 403 Permission denied on resource project …"
//   }
//
// The copy keeps the strings' line breaks but escapes their quotes and backslashes. The stack is
// the IPython traceback itself: it is read as printed (unescaped, without its key). The name and
// message only repeat the traceback's last line, so they are not read as a report of their own;
// they stand in for that line when a post cuts the stack off before it.

/** `	"name": "PermissionDenied",`: the copy's first key, tab-indented (a pretty-printed JSON's keys are spaced). */
const NAME_LINE = /^\t"name": "([\w.]+)",\s*$/;
const MESSAGE_KEY = /^\t"message": "/;
const STACK_KEY = /^\t"stack": "/;
/** The string's closing quote ends the line: not escaped (an even run of backslashes before it). */
const CLOSING_QUOTE = /(?:^|[^\\])(?:\\\\)*"(,?)\s*$/;
/** Lines a message may span (gRPC details print over many); past this it is not the copy. */
const MAX_MESSAGE_LINES = 200;

/**
 * `\"`, `\\` and `\t` as the traceback printed them. The copy is JSON whose `\n` escapes were
 * turned back into line breaks, so no `\n` is left to read.
 */
function unescape(text: string): string {
  return text.replace(/\\(["\\/t])/g, (_, c: string) => (c === 't' ? '\t' : c));
}

/** The part of a string line before its closing quote (known to be there). */
function beforeClosingQuote(line: string): string {
  return line.replace(/"(,?)\s*$/, '');
}

type Where = 'out' | 'name' | 'message' | 'afterMessage' | 'stack' | 'closing';

export class NotebookErrorJson {
  private where: Where = 'out';
  /** `Name: message` as the traceback's last line says it, until the stack is read to its end. */
  private exception: string[] = [];

  /** While its name and message are read (nothing of them is fed on), lines must keep coming. */
  get holding(): boolean {
    return this.where === 'name' || this.where === 'message' || this.where === 'afterMessage';
  }

  /** Lines were skipped: whatever was open is not read on. */
  reset(): void {
    this.where = 'out';
    this.exception = [];
  }

  /**
   * The exception line(s) the stack would have ended with, once, when a block ends inside the
   * stack (the post was cut before its end); else none.
   */
  cutShort(): string[] {
    if (this.where !== 'stack') return [];
    const lines = this.exception;
    this.exception = [];
    return lines;
  }

  /**
   * The line as the traceback printed it, or null for a line of the copy's own (keys, braces).
   * `opened`: this line showed the copy starts (a `{` read just before belongs to it).
   */
  take(line: string): { line: string | null; opened: boolean } {
    switch (this.where) {
      case 'out': {
        const name = NAME_LINE.exec(line);
        if (!name) return { line, opened: false };
        this.where = 'name';
        this.exception = [name[1]];
        return { line: null, opened: true };
      }
      case 'name':
        if (!MESSAGE_KEY.test(line)) return this.notTheCopy(line);
        this.where = 'message';
        return this.message(`${this.exception[0]}: ${line.replace(MESSAGE_KEY, '')}`, true);
      case 'message':
        return this.exception.length > MAX_MESSAGE_LINES ? this.notTheCopy(line) : this.message(line, false);
      case 'afterMessage':
        if (!STACK_KEY.test(line)) return this.notTheCopy(line);
        this.where = 'stack';
        return this.stack(line.replace(STACK_KEY, ''));
      case 'stack':
        return this.stack(line);
      case 'closing':
        this.where = 'out';
        return line.trim() === '}' ? { line: null, opened: false } : this.take(line);
    }
  }

  private notTheCopy(line: string): { line: string | null; opened: boolean } {
    this.reset();
    return { line, opened: false };
  }

  private message(text: string, first: boolean): { line: null; opened: false } {
    const ends = CLOSING_QUOTE.exec(text)?.[1] === ',';
    const line = unescape(ends ? beforeClosingQuote(text) : text);
    if (first) this.exception = [line];
    else this.exception.push(line);
    if (ends) this.where = 'afterMessage';
    return { line: null, opened: false };
  }

  private stack(rest: string): { line: string; opened: false } {
    if (!CLOSING_QUOTE.test(rest)) return { line: unescape(rest), opened: false };
    this.where = 'closing';
    this.exception = [];
    return { line: unescape(beforeClosingQuote(rest)), opened: false };
  }
}
