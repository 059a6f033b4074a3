// Quotes one argument for the shell `spawn(…, { shell: true })` uses: /bin/sh on POSIX,
// cmd.exe on Windows. Double quotes (JSON.stringify) are not enough for sh: `$(…)` and
// backticks still run inside them.

/**
 * The argument as one word the shell passes on literally, or null when cmd.exe cannot carry
 * it safely (`"`, `%`, `!`, `^`, line breaks: cmd has no quoting that neutralises them).
 */
export function shellQuote(value: string, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32') return /["%!^\r\n]/.test(value) ? null : `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
