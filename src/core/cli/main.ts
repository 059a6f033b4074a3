// Dispatches `ai-access-doctor <command>`; each command lives in its own file.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** The environment tokens are read from (default: process.env). */
  env?: Record<string, string | undefined>;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const USAGE = `Usage:
  ai-access-doctor scan [FILE...] [--exit-code] [--format json|text|problems|sarif|github]
  ai-access-doctor check [PATH...] [--verify] [--exit-code] [--format text|json|problems|sarif|github]
  ai-access-doctor verify --provider P [--model M] [--base-url URL] [--token-env NAME] [--format text|json]
  ai-access-doctor fix FILE --line N --kind wrap-catch|swap-model|env-token [--provider P] [--to MODEL]

Run 'ai-access-doctor <command> --help' for a command's options.
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scanCommand')).scanCommand,
  fix: async () => (await import('./fixCommand')).fixCommand,
  verify: async () => (await import('./verifyCommand')).verifyCommand,
  check: async () => (await import('./checkCommand')).checkCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`ai-access-doctor: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  return (await load())(rest, io);
}
