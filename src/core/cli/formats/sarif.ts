// SARIF 2.1.0 for code scanning: one rule per cause (or check finding) with its help text, one
// result per annotation with its location. Validated against the official schema in the tests.
import type { Annotation } from './annotation';
import type { Rule } from './rules';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** More results than code scanning shows; the rest are counted in the run's properties. */
export const MAX_SARIF_RESULTS = 10_000;

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** A relative path as a URI reference (segments encoded), or a file URI for an absolute path. */
function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  if (file.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

export function sarifLog(toolCommand: string, rules: Rule[], annotations: Annotation[], dropped = 0): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'AI Access Doctor',
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.help },
              help: { text: r.help, markdown: r.help },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        automationDetails: { id: `ai-access-doctor/${toolCommand}/` },
        columnKind: 'utf16CodeUnits',
        results: annotations.map((a) => {
          const result: Record<string, unknown> = {
            ruleId: a.ruleId,
            level: a.level,
            message: { text: a.message },
          };
          const ruleIndex = index.get(a.ruleId);
          if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
          if (a.file) {
            const region: Record<string, number> = {};
            if (a.line) region.startLine = a.line;
            if (a.line && a.column) region.startColumn = a.column;
            if (a.line && a.column && a.endColumn) region.endColumn = a.endColumn;
            result.locations = [{ physicalLocation: { artifactLocation: artifactUri(a.file), ...(a.line ? { region } : {}) } }];
          }
          return result;
        }),
        ...(dropped ? { properties: { droppedResults: dropped } } : {}),
      },
    ],
  };
}
