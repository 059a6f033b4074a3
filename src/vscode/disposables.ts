// One way to own disposables: add them as they are made, dispose them all once (newest first).
import type * as vscode from 'vscode';

export class DisposableStore implements vscode.Disposable {
  private items: vscode.Disposable[] = [];
  private disposed = false;

  /** Owns `item` (disposed at once when the store already is) and returns it. */
  add<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  /** Disposes what the store holds now and keeps the store usable (a panel's per-view listeners). */
  clear(): void {
    for (const item of this.items.splice(0).reverse()) item.dispose();
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }
}
