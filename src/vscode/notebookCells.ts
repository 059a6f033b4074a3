// Notebook cells as places to go: a cell document's URI opens its notebook, not a lone editor.
import * as vscode from 'vscode';

export const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

/** The open notebook and cell a cell document URI belongs to. */
export function findCell(uri: vscode.Uri): { notebook: vscode.NotebookDocument; cell: vscode.NotebookCell } | undefined {
  const key = uri.toString();
  for (const notebook of vscode.workspace.notebookDocuments) {
    const cell = notebook.getCells().find((c) => c.document.uri.toString() === key);
    if (cell) return { notebook, cell };
  }
  return undefined;
}

/**
 * Shows the cell in its notebook editor with the cursor on `line` (0-based). False when the
 * notebook is no longer open (cell URIs do not outlive it).
 */
export async function revealCellLine(uri: vscode.Uri, line: number, viewColumn?: vscode.ViewColumn): Promise<boolean> {
  const found = findCell(uri);
  if (!found) return false;
  const { notebook, cell } = found;
  const range = new vscode.NotebookRange(cell.index, cell.index + 1);
  const column = vscode.window.visibleNotebookEditors.find((e) => e.notebook === notebook)?.viewColumn ?? viewColumn;
  const editor = await vscode.window.showNotebookDocument(notebook, { viewColumn: column, selections: [range] });
  editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('notebook.cell.edit');
  const position = new vscode.Position(line, 0);
  // The cell's text editor appears, and takes the focus at its start, only after the notebook
  // has focused the cell: place the cursor until it stays.
  for (let tries = 0, settled = 0; tries < 40 && settled < 3; tries++) {
    // The focused one first: a notebook open in two groups has two editors on the cell.
    const cellEditor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((e) => e?.document === cell.document);
    if (cellEditor?.selection.active.line === line) settled++;
    else if (cellEditor) {
      settled = 0;
      cellEditor.selection = new vscode.Selection(position, position);
      cellEditor.revealRange(new vscode.Range(position, position));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
