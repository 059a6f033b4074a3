// The shape of a model id, checked wherever one enters (a provider's model list, the fallback
// tables, `fix --to`, a trace's message) so that an id can never carry code, quotes or lines.

/** Letters, digits and `. _ : / @ + -`, starting with a letter or digit, at most 128 characters. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/;

export function isModelId(value: unknown): value is string {
  return typeof value === 'string' && MODEL_ID.test(value);
}

/** The ids of a list that have a model id's shape; the rest is dropped. */
export function modelIds(values: readonly unknown[]): string[] {
  return values.filter(isModelId);
}

/** `openai.PermissionDeniedError`, `Error`, `google.api_core.exceptions.Forbidden`, Ruby's `RubyLLM::UnauthorizedError`. */
const CLASS_NAME = /^[A-Za-z_$][\w$]{0,99}(?:(?:\.|::)[A-Za-z_$][\w$]{0,99}){0,9}$/;

export function isClassName(value: unknown): value is string {
  return typeof value === 'string' && CLASS_NAME.test(value);
}
