// Node's error heads and stack lines (Deno, Bun, Next.js and js-debug print the same way), and VS Code's
// debugger display of an exception.
import { DOTNET_LOCALIZED_FRAME } from './otherRuntimes';

/**
 * What runtimes put before a Node error head: Deno's `error: `, Next.js dev's ` ⨯ ` (also
 * `⨯ unhandledRejection: `), Node's `Unhandled Rejection: `. js-debug's `Uncaught ` is in the head.
 * Julia's REPL reads the same way: `ERROR: ArgumentError: api_key cannot be empty`, its stack below; so does
 * the JVM's uncaught exception: `Exception in thread "main" com.anthropic.errors.UnauthorizedException: 401: …`
 * (its quotes also typographic, as a post's editor turned them: `Exception in thread “main” …`).
 */
const NODE_HEAD_PREFIX =
  /^(?:\s*⨯ (?:unhandledRejection: |uncaughtException: )?|error: (?=Uncaught )|Unhandled [Rr]ejection:? |ERROR: (?=[A-Z]\w*(?:Error|Exception): )|Exception in thread ["“][^"”\n]{0,100}["”] (?=[\w$.]+: ))/;

/**
 * A Node error head after its prefix: `Error: 403 …`, `Error:msg`, `PermissionDeniedError: …`,
 * `APICallError [AI_APICallError]: …`, js-debug's `Uncaught PermissionDeniedError Error: …`
 * (class, then the stack's first line), `[Error: …]` (Next.js 15), a bare class with the spaces a
 * terminal copy left after it. PHP's namespaced class reads alike when a framework prints it
 * without ` in file:line` (`Prism\Exceptions\PrismException: …`). Groups: 1 js-debug class, 2 class, 3 message.
 */
const NODE_HEAD_BODY =
  /^\[?(?:Uncaught (?:\(in promise\) )?(?:([A-Za-z_$][\w$.]*(?:Error|Exception)) )?)?((?:[A-Za-z_$][\w$.]*|(?:[A-Za-z_]\w*\\)+\w*)?(?:Error|Exception))(?: \[[\w-]+\])?(?::\s?(.*)|\s*)$/;

export interface NodeHead {
  /** The class the runtime names first (js-debug), else the stack's class. */
  errorClass: string;
  message: string;
}

/** Reads a Node error head line, or null when the line is not one. */
export function nodeHead(line: string): NodeHead | null {
  const p = NODE_HEAD_PREFIX.exec(line);
  const rest = p ? line.slice(p[0].length) : line;
  const m = NODE_HEAD_BODY.exec(rest);
  if (!m) return null;
  let message = m[3] ?? '';
  // `Error:` alone is a post's caption above the output: an error without a message prints no colon.
  if (m[3] !== undefined && m[3].trim() === '' && !m[1] && (m[2] === 'Error' || m[2] === 'Exception')) return null;
  // Next.js 15 wraps the head in brackets: `[Error: 401 …]`.
  if (rest.startsWith('[') && message.endsWith(']')) message = message.slice(0, -1);
  return { errorClass: m[1] ?? m[2], message };
}

/**
 * VS Code's debugger shows a raised exception as `Exception has occurred: PermissionDenied`, with
 * debugpy's `(note: full exception trace is shown but execution is paused at: …)` after it at
 * times, and the message on the lines below. Markdown bold kept from a post (`**…**`) is allowed.
 */
export const DEBUGGER_HEAD = /^(?:\*\*)?Exception has occurred: ([A-Za-z_][\w.]*)(?:\*\*)?(?:\s+\(note: .*\))?\s*$/;

export const DEBUGGER_VALUE_SEPARATOR = '"} | ';

const DEBUGGER_VALUE_TYPE = /^[A-Za-z_][\w.]*(?:Exception|Error)$/;

/**
 * Visual Studio's display of an exception value (Locals, Watch, a DataTip copied as text): the
 * message as a C# string in braces, then its type: `{"HTTP 401 (PermissionDenied)\r\n\r\nPrincipal
 * does not have access to API/Operation."} | System.ClientModel.ClientResultException`. The
 * message keeps its C# escapes; null when the line is not one. indexOf and one anchored test.
 */
export function debuggerValue(line: string): NodeHead | null {
  if (!line.startsWith('{"')) return null;
  const end = line.lastIndexOf(DEBUGGER_VALUE_SEPARATOR);
  if (end < 2) return null;
  const type = line.slice(end + DEBUGGER_VALUE_SEPARATOR.length).trimEnd();
  return DEBUGGER_VALUE_TYPE.test(type) ? { errorClass: type, message: line.slice(2, end) } : null;
}

/**
 * `    at …` stack frame line; also at the margin, when a post lost the stack's indentation, but
 * then only in a frame's own shape (`at fn (file:1:2)`, `at file:1:2`, `at fn (<anonymous>)`):
 * `at least …` is prose; the last frame may open the error's object dump (`at fn (file:1:2) {`). Also Vitest's `❯ fn file:line:col` (` ❯ new VoiceAiService
 * src/voice.js:9:19`, ` ❯ src/x.test.ts:12:5`): its location ends the line, which a prompt's does not.
 */
export const NODE_AT = new RegExp(
  /^(?:\s+at\s|at (?=\S[^\n]*(?::\d+:\d+\)?|\((?:<anonymous>|native|node:[\w/]+)\))(?: \{)?\s*$)|\s*❯ [^\s❯][^❯]*:\d+:\d+\s*$)/.source +
    // …and a .NET frame in the UI's language (`   bei App.Run() in C:\src\App.cs:Zeile 12.`, `   в Ns.T.M()`).
    `|${DOTNET_LOCALIZED_FRAME.source}`,
);

/**
 * Lines a Node stack carries besides its frames: V8's `... 7 more lines`, `[cause]:`, .NET's `--- End of …` (in any UI language), and the
 * dots a poster put where they cut frames out (`....`, `…`), with more frames below.
 */
export const NODE_STACK_EXTRA =
  /^\s+(?:\.\.\. \d+ (?:more )?lines?\b|\[cause\]:|\[errors\]:)|^\s*--- End of (?:inner exception stack trace|stack trace from previous location(?: where exception was thrown)?) ---\s*$|^\s*--- [^-\s][^\n]{2,160} ---\s*$|^\s*(?:\.{3,}|…)\s*$/;
