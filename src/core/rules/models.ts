// Where the model id of a failing call shows: the provider's message first, then the source
// lines the trace printed (the user's frame first). Data, tried in order; group 1 is the id.

export const MESSAGE_MODEL_PATTERNS: RegExp[] = [
  /access to model:?\s*[`'"]?([A-Za-z0-9][\w.:/-]*[\w])/i,
  /The model [`'"]([^`'"]+)[`'"]/i,
  /\bmodels\/([\w.-]+) is not found/,
  /Invalid model:\s*([\w.:/-]+)/i,
  /\bmodel '([^']+)' not found/i,
  /Access to model ([\w.-]+\/[\w.-]+)/,
  /(?:^|[\s'"{])model: ([A-Za-z0-9][\w.:/-]*[\w])/,
  /huggingface\.co\/api\/models\/([\w.-]+\/[\w.-]+)/,
  /huggingface\.co\/(?!api\/)([\w.-]+\/[\w.-]+)\/resolve\//,
  /router\.huggingface\.co\/[\w-]+\/models\/([\w.-]+\/[\w.-]+)/,
  // Replicate's request URL, on its own host or through a proxy or gateway.
  /(?:api\.replicate\.com|https?:\/\/[^\s/]+)\/v1\/(?:models|deployments)\/([\w.-]+\/[\w.-]+)/,
];

export const SOURCE_MODEL_PATTERNS: RegExp[] = [
  /\bmodel\s*[=:]\s*["']([^"']+)["']/,
  /\b(?:repo_id|model_id|repo)\s*=\s*["']([^"']+)["']/,
  /\bfrom_pretrained\(\s*["']([^"']+)["']/,
  /\b(?:run|get|async_get|async_run|stream|model_info|deployments\.get)\(\s*["']([\w.-]+\/[\w.-]+)(?::[\w.-]+)?["']/,
];

export function cleanModel(id: string): string {
  return id.replace(/[.,;:]+$/, '');
}
