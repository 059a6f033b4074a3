// Turns the core's pure text edits into WorkspaceEdits; shared by code actions and the
// "apply fix" command so both offer exactly the same fixes.
import * as vscode from 'vscode';
import { ensureGitignoresDotenv, languageFromId, proposeFixes, type FixResult } from '../core/fixes';
import type { Incident } from '../core/types';
import { isSymlink } from '../core/workspacePaths';
import type { TokenStore } from './tokens';
import { findCell, NOTEBOOK_CELL_SCHEME } from './notebookCells';

async function readFile(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** "Load X from .env beside the notebook (python-dotenv)"; "Read … (set it in the kernel's environment)". */
function notebookTitle(title: string): string {
  return / from \.env\b/.test(title) ? title.replace(' from .env', ' from .env beside the notebook') : `${title} (set it in the kernel's environment)`;
}

/** The file a document is saved in: a notebook cell's is its notebook's. */
function fileOf(document: vscode.TextDocument): vscode.Uri {
  if (document.uri.scheme !== NOTEBOOK_CELL_SCHEME) return document.uri;
  return findCell(document.uri)?.notebook.uri ?? document.uri;
}

export class FixEdits {
  constructor(private readonly tokens: TokenStore) {}

  /** Fixes that apply on a 0-based line, informed by what is known of the failure. */
  async fixesAt(document: vscode.TextDocument, line: number, incident?: Partial<Pick<Incident, 'provider' | 'cause' | 'model'>>): Promise<FixResult[]> {
    const language = languageFromId(document.languageId) ?? languageFromId(document.uri.path);
    if (!language) return [];
    const folder = vscode.workspace.getWorkspaceFolder(fileOf(document));
    const cell = document.uri.scheme === NOTEBOOK_CELL_SCHEME;
    // A notebook is shared as a file: offer python-dotenv there even before a .env exists.
    const hasDotenv = cell || (folder ? (await readFile(vscode.Uri.joinPath(folder.uri, '.env'))) !== null : false);
    const fixes = proposeFixes(document.getText(), line + 1, language, {
      provider: incident?.provider,
      cause: incident?.cause,
      model: incident?.model ?? undefined,
      reachableModels: incident?.provider ? this.tokens.reachableModels(incident.provider) : undefined,
      hasDotenv,
    });
    // In a notebook, say where the key goes: never into the notebook itself.
    return cell ? fixes.map((fix) => (fix.kind === 'env-token' ? { ...fix, title: notebookTitle(fix.title) } : fix)) : fixes;
  }

  /** The edit for one fix, adding `.env` to `.gitignore` when the fix loads a `.env` file. */
  async toWorkspaceEdit(document: vscode.TextDocument, fix: FixResult): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const change of fix.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    }
    const folder = vscode.workspace.getWorkspaceFolder(fileOf(document));
    if (fix.needsGitignoreDotenv && folder) await this.addGitignoreDotenv(edit, vscode.Uri.joinPath(folder.uri, '.gitignore'));
    return edit;
  }

  /**
   * Adds `.env` to the folder's `.gitignore` as a document edit on what the editor holds (unsaved
   * changes stay), never through a symbolic link (a linked `.gitignore` is left alone).
   */
  private async addGitignoreDotenv(edit: vscode.WorkspaceEdit, gitignore: vscode.Uri): Promise<void> {
    if (gitignore.scheme === 'file' && (await isSymlink(gitignore.fsPath))) return;
    const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === gitignore.toString());
    const document = open ?? ((await readFile(gitignore)) === null ? undefined : await vscode.workspace.openTextDocument(gitignore));
    if (!document) {
      const created = ensureGitignoresDotenv(null);
      if (created !== null) edit.createFile(gitignore, { ignoreIfExists: true, contents: new TextEncoder().encode(created) });
      return;
    }
    const current = document.getText();
    const next = ensureGitignoresDotenv(current);
    if (next === null) return;
    if (next.startsWith(current)) edit.insert(gitignore, document.positionAt(current.length), next.slice(current.length));
    else edit.replace(gitignore, new vscode.Range(document.positionAt(0), document.positionAt(current.length)), next);
  }
}
