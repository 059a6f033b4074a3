// Literal model ids in recognised SDK calls: the call sites detect.ts finds, and for each the
// model ids swapModel.ts reads (keyword argument, object property, a variable assigned nearby,
// Replicate `owner/name`, positional ids). No scanner of its own.
import { sdkCallSites } from '../fixes/detect';
import { type Lexed, lex, lineIndexAt } from '../fixes/lexer';
import { modelSites } from '../fixes/swapModel';
import { isModelId } from '../modelId';
import type { ProviderId } from '../types';

export type CheckLanguage = 'python' | 'javascript' | 'typescript';

export interface ModelIdSite {
  provider: ProviderId;
  /** The model id as written. */
  model: string;
  /** 1-based line and column of the id's first character; endColumn is exclusive. */
  line: number;
  column: number;
  endColumn: number;
}

/** Calls looked at per file: keeps a generated or minified file from costing quadratic time. */
const MAX_CALLS_PER_FILE = 500;

export function modelIdSites(text: string, language: CheckLanguage): ModelIdSite[] {
  return modelIdSitesIn(lex(text, language === 'python' ? 'python' : 'js'));
}

/** The same, for a text already lexed. */
export function modelIdSitesIn(lx: Lexed): ModelIdSite[] {
  const out: ModelIdSite[] = [];
  const seen = new Set<number>();
  for (const call of sdkCallSites(lx).slice(0, MAX_CALLS_PER_FILE)) {
    for (const site of modelSites(lx, call.line, call.provider)) {
      const at = site.literal.valueStart;
      if (seen.has(at) || !isModelId(site.value)) continue;
      seen.add(at);
      const line = lineIndexAt(lx.lineStarts, at);
      const column = at - lx.lineStarts[line]! + 1;
      out.push({ provider: call.provider, model: site.value, line: line + 1, column, endColumn: column + site.value.length });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
