// `npm run bench` (second part): the model-id check as it runs on every document version,
// against lexing the same file in the same run (the lexer is the floor: the check lexes once,
// then reads the SDK calls' model ids). Prints the ratio; it should stay a small constant.
import { checkSource } from '../src/core/check';
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

/** Median milliseconds of each of `a` and `b`, run alternately so that GC and JIT state hit both alike. */
function medians(a: () => void, b: () => void, rounds: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  const once = (f: () => void): number => {
    const start = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 3; i++) {
    a();
    b();
  } // warm up
  for (let i = 0; i < rounds; i++) {
    ta.push(once(a));
    tb.push(once(b));
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(ta), median(tb)];
}

const options = { today: '2026-12-01', reachable: { openai: ['gpt-4o-mini', 'gpt-4.1-mini'] } };
for (const [name, text, language] of [
  ['python, 200 SDK calls', pythonFile(200), 'python'],
  ['javascript, 200 SDK calls', jsFile(200), 'javascript'],
  ['python, 10 SDK calls', pythonFile(10), 'python'],
] as const) {
  let findings = 0;
  const [lexMs, checkMs] = medians(
    () => lex(text, language === 'python' ? 'python' : 'js'),
    () => {
      findings = checkSource(text, language, options).length;
    },
    41,
  );
  console.log(
    `model check, ${name} (${(text.length / 1024).toFixed(0)} KB, ${findings} findings): lex ${lexMs.toFixed(2)} ms, check (lex included) ${checkMs.toFixed(2)} ms, ratio: ${(checkMs / lexMs).toFixed(2)}`,
  );
}
