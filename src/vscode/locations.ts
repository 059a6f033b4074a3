// Resolves the file names a trace prints (absolute, relative, pytest-relative, file:// URLs)
// to files that exist in this workspace.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lineSpan } from '../core/present/problemMessage';
import type { Frame } from '../core/types';
import { realPathInside } from '../core/workspacePaths';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return (stat.type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

function candidates(file: string, cwd: vscode.Uri | undefined): vscode.Uri[] {
  if (file.startsWith('file://')) {
    const uri = vscode.Uri.parse(file);
    // file://server/share/… is a network share (UNC on Windows): never ours.
    return uri.authority && uri.authority !== 'localhost' ? [] : [vscode.Uri.file(uri.fsPath)];
  }
  if (path.isAbsolute(file)) return [vscode.Uri.file(file)];
  const bases = [cwd, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)];
  return bases.filter((base): base is vscode.Uri => !!base).map((base) => vscode.Uri.joinPath(base, file));
}

/**
 * The file when it lies inside a workspace folder after symbolic links are resolved (as its
 * real path, so nothing is ever written through a link), else undefined: an incident is
 * located, flagged and fixed only there.
 */
async function insideWorkspace(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (uri.scheme !== 'file') {
    // Virtual file systems have no links; the folder test and no `..` suffice.
    return vscode.workspace.getWorkspaceFolder(uri) && !uri.path.split('/').includes('..') ? uri : undefined;
  }
  const roots = folders.filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
  const real = await realPathInside(uri.fsPath, roots);
  return real ? vscode.Uri.file(real) : undefined;
}

/** How many trailing path parts a foreign absolute path is tried with at most. */
const MAX_SUFFIX_PARTS = 8;

/**
 * The first existing file the frame names, or undefined. An absolute path from elsewhere (a CI
 * runner, a container: `/home/runner/work/app/app/src/main.py`) falls back to its longest tail
 * that exists under a workspace folder (`src/main.py`).
 */
export async function resolveFrameFile(frame: Frame, cwd?: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (const uri of candidates(frame.file, cwd)) {
    if (!(await exists(uri))) continue;
    const inside = await insideWorkspace(uri);
    if (inside) return inside;
  }
  if (!path.isAbsolute(frame.file) && !/^[A-Za-z]:[\\/]/.test(frame.file)) return undefined;
  const parts = frame.file.split(/[\\/]+/).filter(Boolean);
  for (let n = Math.min(parts.length - 1, MAX_SUFFIX_PARTS); n >= 1; n--) {
    const tail = parts.slice(-n);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (tail.includes('..')) continue;
      const uri = vscode.Uri.joinPath(folder.uri, ...tail);
      if (!(await exists(uri))) continue;
      const inside = await insideWorkspace(uri);
      if (inside) return inside;
    }
  }
  return undefined;
}

/**
 * A location on the frame's line from its first non-blank character (the call, not the
 * indentation) to its end. 1-based line in the frame, 0-based in VS Code.
 */
export async function frameLocation(uri: vscode.Uri, frame: Frame, text?: string): Promise<vscode.Location> {
  const line = Math.max(0, frame.line - 1);
  const span = lineSpan(text ?? (await readText(uri)), line);
  return new vscode.Location(uri, new vscode.Range(line, span?.start ?? 0, line, span?.end ?? Number.MAX_SAFE_INTEGER));
}

/** The text of a frame's line as the file has it now (undefined when out of range). */
export async function frameLineText(uri: vscode.Uri, frame: Frame): Promise<string | undefined> {
  return (await readText(uri)).split('\n')[Math.max(0, frame.line - 1)]?.replace(/\r$/, '');
}

/** The file's text as the editor has it (unsaved edits included), else as saved. */
async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}
