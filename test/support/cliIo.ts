// In-memory stdin/stdout/stderr for calling the CLI's commands from unit tests.
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/core/cli/main';

export function memoryIo(stdinText = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdin: Readable.from([stdinText]), stdout, stderr }, out: () => out, err: () => err };
}
