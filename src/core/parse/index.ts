// Block text -> ParsedTrace, whichever layout it is in. Pure functions, no provider knowledge.
import type { ParsedTrace } from '../types';
import { IPY_HEADER, parseIPythonTraceback } from './ipython';
import { parseNode } from './node';
import { parsePytest, parsePythonTraceback } from './python';

export { parseNode } from './node';
export { parseIPythonTraceback, traceFromNotebookError, type NotebookErrorItem } from './ipython';
export { parsePytest, parsePythonTraceback } from './python';
export { traceFromExceptionInfo, type ExceptionInfoBody } from './exceptionInfo';
export { innermostUserFrame, isLibraryFrame, statusFrom } from './frames';
export type { ParsedException } from './types';

const PY_HEADER = /^[\s|+]*(?:Exception Group )?Traceback \(most recent call last\):/;
const PYTEST_HEADER = /^_{3,} .* _{3,}$/;

export function parseBlock(block: string): ParsedTrace | null {
  const first = block.slice(0, block.indexOf('\n') < 0 ? block.length : block.indexOf('\n'));
  if (PY_HEADER.test(first)) return parsePythonTraceback(block);
  if (PYTEST_HEADER.test(first)) return parsePytest(block);
  if (IPY_HEADER.test(first)) return parseIPythonTraceback(block);
  return parseNode(block);
}
