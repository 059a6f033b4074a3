// Cut block -> ParsedTrace, by the layout it was cut in. Pure functions, no provider knowledge.
import type { ParsedTrace } from '../types';
import { parseIPythonTraceback } from './ipython';
import type { CutBlock } from './layouts/block';
import { parseLineReport } from './lineReport';
import { parseNode } from './node';
import { parsePytest, parsePythonMessageFirst, parsePythonTraceback } from './python';
import { parseRichTraceback } from './rich';

export { parseNodeFrame } from './nodeFrame';
export { traceFromNotebookError, type NotebookErrorItem } from './ipython';

export { traceFromExceptionInfo, type ExceptionInfoBody } from './exceptionInfo';
export { innermostUserFrame, isLibraryFrame, statusFrom } from './frames';
export type { ParsedException } from './types';
export type { CutBlock, LayoutId } from './layouts/block';

type Parser = (text: string, startedMidLine: boolean) => ParsedTrace | null;

/**
 * The parser for each layout the cutter cuts. Another layout (IPython/Jupyter cells, …) adds
 * its parser here and its opening line to the cutter's idle state, both from layouts/.
 */
const PARSERS: Record<string, Parser> = {
  python: parsePythonTraceback,
  ipython: parseIPythonTraceback,
  rich: parseRichTraceback,
  pytest: parsePytest,
  node: parseNode,
  'python-message-first': parsePythonMessageFirst,
  'line-report': parseLineReport,
};

export function parseBlock(block: CutBlock): ParsedTrace | null {
  const trace = (PARSERS[block.layout] ?? parseNode)(block.text, block.label !== undefined);
  if (trace && block.request !== undefined) trace.request = block.request;
  if (trace && block.label !== undefined) trace.label = block.label;
  if (trace && block.command !== undefined) trace.command = block.command;
  return trace;
}
