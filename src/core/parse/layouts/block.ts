// The block the cutter hands a parser: its clean lines and the layout it was cut in.

/** Which parser reads a cut block. */
export type LayoutId = 'python' | 'ipython' | 'rich' | 'pytest' | 'node' | 'python-message-first' | 'line-report' | (string & {});

/** A block of clean lines as the cutter cut it, with the layout it was cut in. */
export interface CutBlock {
  layout: LayoutId;
  text: string;
  /**
   * The request the output printed right before the error (a request echo, Azure.Core's logged
   * request line): read for the failing call's model, and for a look-alike's host or path (an
   * Azure sibling service's `/documentintelligence/…`); no provider evidence is taken from it.
   */
  request?: string;
  /**
   * The words the line printed before a report found inside it (`  - claude-opus-5: grounded=None,
   * error=` before `Error code: 401 - {…}`): read for the failing call's model only.
   */
  label?: string;
  /**
   * The shell command printed a few lines above the block with a model flag (`$ sgpt --model gpt-4 …`):
   * read for the failing call's model only, when the provider's words name none.
   */
  command?: string;
  /**
   * Where the block's first line starts in its stream (an offset from the stream's start), so that
   * what was printed further above can be looked up (StreamScanner.runHeadersAbove).
   */
  at?: number;
  /**
   * How many lines stood between the block cut before this one and this block (0: right below it;
   * absent when unknown: a blank line or skipped output between, or none cut before).
   */
  after?: number;
  /** Under a Rust error chain's `Caused by:` heading, a blank line below the block cut before it: that error's causes. */
  cause?: true;
}
