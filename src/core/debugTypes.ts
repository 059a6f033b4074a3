// Which debug sessions may get stored tokens: only launches of programs that read `env`.

/**
 * Debug types whose `launch` configurations start a program with the `env` they are given; an
 * attach, a browser or another adapter gets no tokens.
 */
export const DEBUG_TYPES_WITH_ENV = ['node', 'pwa-node', 'node-terminal', 'python', 'debugpy'];

/** Whether a debug configuration gets stored tokens (the setting aside). */
export function debugConfigUsesEnv(config: { type?: unknown; request?: unknown }): boolean {
  return typeof config.type === 'string' && DEBUG_TYPES_WITH_ENV.includes(config.type) && config.request === 'launch';
}
