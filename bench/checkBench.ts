// `npm run bench` (second part): the model-id check as it runs on every document version,
// against lexing the same file in the same run with the lexer the fixes engine uses. The check
// lexes the file once, then reads the SDK calls' model ids; the ratio printed is that second
// part against the lex (at most 1: the whole check then costs at most twice one lex).
import { checkModelSites, checkSource, modelIdSitesIn } from '../src/core/check';
import { lex } from '../src/core/fixes/lexer';

function pythonFile(calls: number): string {
  const parts = ['import os', 'from openai import OpenAI', 'import anthropic', '', 'client = OpenAI()', 'claude = anthropic.Anthropic()', ''];
  const models = ['gpt-4o', 'gpt-4o-mini', 'gpt4o', 'text-davinci-003', 'gpt-4.1-mini', 'o3-mini'];
  for (let i = 0; i < calls; i++) {
    parts.push(
      `def step_${i}(prompt: str) -> str:`,
      `    """Step ${i}: ask the model and keep the answer."""`,
      `    values = [x * ${i} for x in range(10) if x % 3]  # some ordinary code`,
      `    reply = client.chat.completions.create(model="${models[i % models.length]}", messages=[{"role": "user", "content": prompt}])`,
      `    note = claude.messages.create(model="claude-3-5-haiku-20241022", max_tokens=64, messages=[])`,
      `    return reply.choices[0].message.content + str(values) + f"{note}"`,
      '',
    );
  }
  return parts.join('\n');
}

function jsFile(calls: number): string {
  const parts = ["import OpenAI from 'openai';", 'const client = new OpenAI();', ''];
  for (let i = 0; i < calls; i++) {
    parts.push(
      `export async function step${i}(prompt) {`,
      `  const values = [1, 2, 3].map((x) => x * ${i}); // ordinary code`,
      `  const reply = await client.chat.completions.create({ model: '${i % 2 ? 'gpt-4o' : 'gpt4o'}', messages: [{ role: 'user', content: \`\${prompt} \${values}\` }] });`,
      '  return reply.choices[0].message.content;',
      '}',
      '',
    );
  }
  return parts.join('\n');
}

/** Median milliseconds of each function, run in turn so that GC and JIT state hit all alike. */
function medians(fns: Array<() => void>, rounds: number): number[] {
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < 3; i++) fns.forEach((f) => f()); // warm up
  for (let i = 0; i < rounds; i++) {
    fns.forEach((f, k) => {
      const start = process.hrtime.bigint();
      f();
      times[k]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return times.map((xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!);
}

// "Costs no more than lexing": the check needs one lex of the file; what it does beyond that
// (finding the SDK calls and their model ids, then judging each id) must take no longer than
// that lex. So the check also runs on a text lexed beforehand; a shallow copy of the lexed
// text each time, so nothing the check keeps per lexed text is reused across runs.
const options = { today: '2026-12-01', reachable: { openai: ['gpt-4o-mini', 'gpt-4.1-mini'] } };
let worst = 0;
for (const [name, text, language] of [
  ['python, 200 SDK calls', pythonFile(200), 'python'],
  ['javascript, 200 SDK calls', jsFile(200), 'javascript'],
  ['python, 10 SDK calls', pythonFile(10), 'python'],
] as const) {
  const lexLanguage = language === 'python' ? 'python' : 'js';
  const lexed = lex(text, lexLanguage);
  let findings = 0;
  const [lexMs, checkMs, ownMs] = medians(
    [
      () => lex(text, lexLanguage),
      () => {
        findings = checkSource(text, language, options).length;
      },
      () => checkModelSites(modelIdSitesIn({ ...lexed }), options),
    ],
    41,
  ) as [number, number, number];
  worst = Math.max(worst, ownMs / lexMs);
  console.log(
    `model check, ${name} (${(text.length / 1024).toFixed(0)} KB, ${findings} findings): lex ${lexMs.toFixed(2)} ms, ` +
      `check ${checkMs.toFixed(2)} ms (its lex included; ${(checkMs / lexMs).toFixed(2)}x lex), ` +
      `check beyond its lex ${ownMs.toFixed(2)} ms, ratio: ${(ownMs / lexMs).toFixed(2)}`,
  );
}
console.log(`model check beyond lexing, worst ratio to lexing: ${worst.toFixed(2)} (target: at most 1.00)`);
