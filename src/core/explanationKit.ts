// What an explanation template gets to work with: the provider's pack, the cause's typical
// status, and helpers that write broken/fixed code from the pack's snippets.
import type { ProviderPack, ProviderSnippets } from './providers';
import type { Explanation } from './types';

export interface ExplainContext {
  p: ProviderPack;
  s: ProviderSnippets;
  /** The documented token env var, and all of them as `A` or `B`. */
  env: string;
  envs: string;
  /** The error class / guard the SDK raises for the cause's typical status. */
  pyClass: string;
  jsGuard: string;
  status: number;
  /** The page that fixes this cause at this provider (fixLink). */
  link: string;
}

export function explainContext(p: ProviderPack, status: number, link: string = p.consoleUrl): ExplainContext {
  const pyClass = p.python.statusErrorClasses?.[status] ?? p.python.baseErrorClass;
  const guard = p.node.statusErrorGuards?.[status] ?? p.node.errorGuard;
  return {
    p,
    s: p.snippets,
    env: p.tokenEnvVars[0] ?? 'the token variable',
    envs: p.tokenEnvVars.map((v) => `\`${v}\``).join(' or '),
    pyClass,
    jsGuard: guard.split('{err}').join('err'),
    status,
    link,
  };
}

export const pyKey = (c: ExplainContext): string => `os.environ["${c.env}"]`;
export const jsKey = (c: ExplainContext): string => `process.env.${c.env}`;

export function py(c: ExplainContext, lines: string[]): string {
  return [c.s.python.imports, '', ...lines].join('\n');
}
export function js(c: ExplainContext, lines: string[]): string {
  return [c.s.javascript.imports, '', ...lines].join('\n');
}

/** Broken: the bare call. Fixed: the call guarded so the failure says what to do. */
export function guarded(c: ExplainContext, advice: string, model = c.s.altModel): Explanation['code'] {
  return {
    python: {
      broken: py(c, [c.s.python.client(), c.s.python.call(model)]),
      fixed: py(c, [
        c.s.python.client(),
        'try:',
        `    ${c.s.python.call(model)}`,
        `except ${c.pyClass} as err:`,
        `    raise SystemExit(f"${c.p.name}: ${advice} ({'{'}err{'}'})") from err`,
      ]),
    },
    javascript: {
      broken: js(c, [c.s.javascript.client(), c.s.javascript.call(model)]),
      fixed: js(c, [
        c.s.javascript.client(),
        'try {',
        `  ${c.s.javascript.call(model)}`,
        '} catch (err) {',
        `  if (${c.jsGuard}) {`,
        `    throw new Error(\`${c.p.name}: ${advice} (\${err.message})\`, { cause: err });`,
        '  }',
        '  throw err;',
        '}',
      ]),
    },
  };
}
