// Where a trace may point: only at files inside a workspace folder once symbolic links are
// resolved. A trace names any path it likes (`/etc/…`, `../../`, `file://server/share/…`).
import { lstat, realpath } from 'node:fs/promises';
import * as path from 'node:path';

/** The file's real path when it lies inside one of `roots` (also resolved), else undefined. */
export async function realPathInside(file: string, roots: readonly string[]): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return undefined;
  }
  for (const root of roots) {
    let realRoot: string;
    try {
      realRoot = await realpath(root);
    } catch {
      continue;
    }
    const relative = path.relative(realRoot, real);
    if (relative && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..') return real;
  }
  return undefined;
}

/** Whether `file` is a symbolic link (never written through). */
export async function isSymlink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}
