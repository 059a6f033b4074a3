// Reads notebook cell outputs into the feed: error outputs (Jupyter's IPython traceback) and
// stdout/stderr streams, for any notebook type; saved outputs of notebooks as they open. Maps
// `Cell In[N]` / `<ipython-input-N-…>` frames to the cell with that execution count. Notebook
// APIs only, so it works in desktop, remote and web hosts alike.
import * as vscode from 'vscode';
import { traceFromNotebookError, type NotebookErrorItem } from '../../core/parse';
import type { Frame } from '../../core/types';
import { DisposableStore } from '../disposables';
import type { IncidentFeed, StreamInfo } from '../incidentFeed';

const ERROR_MIME = 'application/vnd.code.notebook.error';
const STREAM_MIMES = new Set(['application/vnd.code.notebook.stdout', 'application/vnd.code.notebook.stderr']);
/** `Cell In[28]`, `<ipython-input-21-9f71d5edc8e0>`: the number is the cell's execution count. */
const CELL_FRAME = /^(?:Cell In\s?\[(\d+)\]|<ipython-input-(\d+)-[\w]*>)$/;
/** ipykernel compiles each cell to a temporary file: `/tmp/ipykernel_1234/3456789.py`. */
const KERNEL_FILE = /[\\/]ipykernel_\d+[\\/]\d+\.py$/;

export interface NotebookSettings {
  watch: boolean;
  savedOutputs: boolean;
}

export class NotebookWatcher implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  /** Stream text already fed, per cell and channel. */
  private readonly fed = new Map<string, number>();
  /** Error outputs already read, so a change event that repeats them adds nothing. */
  private readonly seenErrors = new Set<string>();
  private counter = 0;

  constructor(
    private readonly feed: IncidentFeed,
    private readonly settings: () => NotebookSettings,
  ) {
    this.disposables.add(vscode.workspace.onDidChangeNotebookDocument((event) => this.changed(event)));
    this.disposables.add(vscode.workspace.onDidOpenNotebookDocument((notebook) => this.scanSaved(notebook)));
    this.disposables.add(vscode.workspace.onDidCloseNotebookDocument((notebook) => this.forget(notebook)));
    vscode.workspace.notebookDocuments.forEach((notebook) => this.scanSaved(notebook));
  }

  private changed(event: vscode.NotebookDocumentChangeEvent): void {
    if (!this.settings().watch) return;
    for (const change of event.cellChanges) {
      const { cell } = change;
      // The run ended: a trace the cell printed is complete.
      if (change.executionSummary?.timing?.endTime !== undefined) this.endStreams(cell.document.uri.toString());
      if (!change.outputs) continue;
      const errors = change.outputs.some((output) => output.items.some((item) => item.mime === ERROR_MIME));
      const streams = streamTexts(change.outputs);
      const uri = cell.document.uri.toString();
      const continues = [...streams].some(
        ([mime, text]) => (this.fed.get(`${uri}\u0000${mime}`) ?? 0) > 0 && text.length >= this.fed.get(`${uri}\u0000${mime}`)!,
      );
      // Outputs cleared (the cell runs again) or replaced by ones without an error: what this
      // cell reported before no longer applies.
      if (change.outputs.length === 0 || (!errors && !continues)) this.resetCell(cell);
      this.readOutputs(cell, change.outputs, false);
    }
  }

  private scanSaved(notebook: vscode.NotebookDocument): void {
    const { watch, savedOutputs } = this.settings();
    if (!watch || !savedOutputs) return;
    for (const cell of notebook.getCells()) if (cell.outputs.length) this.readOutputs(cell, cell.outputs, true);
  }

  private readOutputs(cell: vscode.NotebookCell, outputs: readonly vscode.NotebookCellOutput[], saved: boolean): void {
    const info = this.streamInfo(cell, saved);
    for (const output of outputs) {
      for (const item of output.items) if (item.mime === ERROR_MIME) this.readError(cell, item, info);
    }
    const uri = cell.document.uri.toString();
    for (const [mime, text] of streamTexts(outputs)) {
      const k = `${uri}\u0000${mime}`;
      const done = this.fed.get(k) ?? 0;
      if (text.length <= done) continue;
      this.fed.set(k, text.length);
      // One stream per cell and channel: a trace may arrive across several outputs.
      this.feed.write(`notebook-stream-${k}`, text.slice(done), info);
    }
  }

  private readError(cell: vscode.NotebookCell, item: vscode.NotebookCellOutputItem, info: StreamInfo): void {
    const text = decode(item.data);
    const seen = `${cell.document.uri.toString()}\u0000${text}`;
    if (this.seenErrors.has(seen)) return;
    this.seenErrors.add(seen);
    let parsed: NotebookErrorItem | undefined;
    try {
      parsed = JSON.parse(text) as NotebookErrorItem;
    } catch {
      return;
    }
    const trace = traceFromNotebookError(typeof parsed === 'object' && parsed ? parsed : undefined);
    if (!trace) return;
    const id = `notebook-error-${++this.counter}`;
    this.feed.write(id, trace, info);
    this.feed.end(id);
  }

  private streamInfo(cell: vscode.NotebookCell, saved: boolean): StreamInfo {
    const notebook = cell.notebook;
    const name = notebook.uri.path.slice(notebook.uri.path.lastIndexOf('/') + 1);
    return {
      origin: `Notebook: ${name}, cell ${cell.index + 1}${saved ? ' (saved output)' : ''}`,
      cwd: vscode.Uri.joinPath(notebook.uri, '..'),
      locate: (frame) => locateInNotebook(notebook, cell, frame),
    };
  }

  /** The cell's flagged lines leave Problems (the panel keeps the incidents); its streams start afresh. */
  private resetCell(cell: vscode.NotebookCell): void {
    const uri = cell.document.uri.toString();
    this.feed.outputsReplaced(cell.document.uri);
    this.forgetCell(uri);
  }

  private forget(notebook: vscode.NotebookDocument): void {
    // Cell URIs do not survive closing: reopening reads the saved outputs afresh.
    for (const cell of notebook.getCells()) this.resetCell(cell);
  }

  private forgetCell(uri: string): void {
    for (const k of [...this.seenErrors]) if (k.startsWith(`${uri}\u0000`)) this.seenErrors.delete(k);
    for (const mime of STREAM_MIMES) {
      const k = `${uri}\u0000${mime}`;
      if (this.fed.delete(k)) this.feed.end(`notebook-stream-${k}`);
    }
  }

  private endStreams(uri: string): void {
    for (const mime of STREAM_MIMES) {
      const k = `${uri}\u0000${mime}`;
      if (this.fed.has(k)) this.feed.end(`notebook-stream-${k}`);
    }
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/**
 * A trace frame inside this notebook: `Cell In[N]` is the cell that ran as N (or, when no cell
 * has that count any more, the cell whose output it is); ipykernel's temporary file is the
 * output's cell. Other frames resolve as files.
 */
function locateInNotebook(notebook: vscode.NotebookDocument, outputCell: vscode.NotebookCell, frame: Frame): vscode.Location | undefined {
  const m = CELL_FRAME.exec(frame.file);
  let cell: vscode.NotebookCell | undefined;
  if (m) {
    const count = Number(m[1] ?? m[2]);
    cell = notebook.getCells().find((c) => c.executionSummary?.executionOrder === count) ?? outputCell;
  } else if (KERNEL_FILE.test(frame.file)) {
    cell = outputCell;
  }
  if (!cell || frame.line < 1 || frame.line > cell.document.lineCount) return undefined;
  // From the call's first character, as for files (frameLocation), with the cell's text at hand.
  const line = cell.document.lineAt(frame.line - 1);
  return new vscode.Location(
    cell.document.uri,
    new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.range.end.character),
  );
}

/** The text of each stream channel (stdout, stderr) across a cell's outputs, in order. */
function streamTexts(outputs: readonly vscode.NotebookCellOutput[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const output of outputs) {
    for (const item of output.items) if (STREAM_MIMES.has(item.mime)) texts.set(item.mime, (texts.get(item.mime) ?? '') + decode(item.data));
  }
  return texts;
}

function decode(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}
