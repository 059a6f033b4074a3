// Masks API tokens in text before it leaves the core: a short recognisable prefix and the last
// four characters stay, e.g. `sk-proj-…ab12`, `r8_…wxyz`, `Bearer …9f3c`.

const TOKEN = new RegExp(
  [
    // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-), Anthropic (sk-ant-api03-…)
    String.raw`\b(sk-(?:proj-|svcacct-|admin-|ant-(?:[a-z]{3}\d{2}-)?)?)([A-Za-z0-9_\-]{6,})`,
    // Replicate
    String.raw`\b(r8_)([A-Za-z0-9_\-]{6,})`,
    // Hugging Face
    String.raw`\b(hf_)([A-Za-z0-9_\-]{6,})`,
    // Groq
    String.raw`\b(gsk_)([A-Za-z0-9_\-]{6,})`,
    // Google API keys
    String.raw`\b(AIza)([0-9A-Za-z_\-]{6,})`,
    // Authorization headers
    String.raw`\b(Bearer\s+)([A-Za-z0-9._~+/=\-]{6,})`,
  ].join('|'),
  'g',
);

function mask(prefix: string, secret: string): string {
  return `${prefix}…${secret.length >= 10 ? secret.slice(-4) : ''}`;
}

export function redact(text: string): string {
  if (!text) return text;
  return text.replace(TOKEN, (m: string, ...g: Array<string | undefined>) => {
    for (let i = 0; i < 12; i += 2) {
      if (g[i] !== undefined && g[i + 1] !== undefined) return mask(g[i] as string, g[i + 1] as string);
    }
    return m;
  });
}
