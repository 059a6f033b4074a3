// Shared vocabulary of the core (see docs/CAUSES.md). No `vscode` import anywhere in src/core.

export const PROVIDER_IDS = ['openai', 'azure-openai', 'anthropic', 'replicate', 'google', 'mistral', 'cohere', 'groq', 'huggingface'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const CAUSE_IDS = [
  'model-access',
  'unsupported-region',
  'missing-token',
  'invalid-token',
  'org-mismatch',
  'missing-scopes',
  'principal-no-access',
  'version-not-permitted',
  'destination-not-found',
  'gated-repo',
  'key-leaked',
  'network-block',
  'proxy-html',
  'permission-denied',
  'org-verification-required',
  'account-disabled',
  'api-not-enabled',
  'key-restricted',
  'auth-method-disabled',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export type TraceLanguage = 'python' | 'node';

/** One stack frame as the trace lists it. `line` is 1-based. */
export interface Frame {
  file: string;
  line: number;
  function: string | null;
  /** The source line the trace printed under the frame (Python does), if any. */
  source?: string;
  /** The jar a JVM frame's class was loaded from, as Logback prints it after the frame (`~[reactor-core-3.7.8.jar:3.7.8]`). */
  jar?: string;
}

/** A candidate block of output cut out by the scanner. */
export interface TraceBlock {
  streamId: string;
  /** ANSI-free text, `\n` line ends. */
  text: string;
}

/** What the parsers read out of a block; no provider knowledge. */
export interface ParsedTrace {
  language: TraceLanguage;
  /** As printed: `openai.PermissionDeniedError`, `PermissionDeniedError`, `Error`. */
  errorClass: string;
  /** HTTP status, or null if the trace does not say. */
  status: number | null;
  /** The exception message (unredacted; classify redacts). */
  message: string;
  /** The whole block text (unredacted). */
  body: string;
  /** Innermost last. */
  frames: Frame[];
  /**
   * Every exception of a chained trace ("During handling…", "The above exception…"), outermost
   * cause first, the last one being the one described above. Absent for single exceptions.
   */
  chain?: Array<{ errorClass: string; message: string; status: number | null; frames: Frame[] }>;
  /** The request echo printed right above the error (`CutBlock.request`), for the failing call's model. */
  request?: string;
  /** What the line printed before the report inside it (`CutBlock.label`), for the failing call's model. */
  label?: string;
  /** The shell command with a model flag printed right above (`CutBlock.command`), for the failing call's model. */
  command?: string;
  /**
   * A report's stack quoted inside it (an object dump's `stack` string), innermost last: read for
   * the user's frame only, the report stays one without frames.
   */
  quotedStack?: Frame[];
}

/** One explanation, in the structure of the seed pages, written per provider and cause. */
export interface Explanation {
  /** Short title in sentence case: "Your key cannot use this model". */
  title: string;
  /** One paragraph: why it happens (used by hovers). */
  why: string;
  /** How to detect it before it fails. */
  detection: string;
  /** Causes and their fixes, most likely first. */
  causes: Array<{ cause: string; fix: string }>;
  /** Broken vs fixed code, per language. */
  code: {
    python?: { broken: string; fixed: string };
    javascript?: { broken: string; fixed: string };
  };
  workaround: string;
  prevention: string;
}

/** A recognised failure, as every surface shows it. Secrets are already redacted. */
export interface Incident {
  /** Stable id within a process (stream id + counter), for surfaces to refer to. */
  id: string;
  provider: ProviderId;
  cause: CauseId;
  status: number | null;
  errorClass: string;
  model: string | null;
  /** The provider's message, redacted. */
  message: string;
  frames: Frame[];
  userFrame: Frame | null;
  language: TraceLanguage;
  /** The whole trace block, redacted. */
  trace: string;
  /** The stream it came from (terminal, debug session, file name for the CLI). */
  streamId: string;
}

/** The JSON line `ai-access-doctor scan` prints per incident (CAUSES.md contract). */
export interface ScanRecord {
  provider: ProviderId;
  cause: CauseId;
  status: number | null;
  errorClass: string;
  model: string | null;
  message: string;
  frames: Array<{ file: string; line: number; function: string | null }>;
  userFrame: { file: string; line: number; function: string | null } | null;
}

/** A pure text edit: replace [start, end) offsets of the original text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
