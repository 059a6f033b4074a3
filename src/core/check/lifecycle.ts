// Model lifecycle facts per provider, as data: retired (or retiring) model ids with the date the
// provider shuts them down, the successor it recommends and the page that says so. Read by the
// model-id check (issue 16/17). Only entries read on the provider's own deprecation page; a
// handful of well-sourced ids beats many guesses. Dates are UTC days, YYYY-MM-DD.
import type { ProviderId } from '../types';

export interface Retirement {
  /** Model ids exactly as written in code (snapshots and aliases retired together). */
  ids: string[];
  /** The day the provider turns the model off. */
  date: string;
  /** The replacement the provider recommends. */
  successor: string;
  /** The page the date and successor were read from. */
  source: string;
}

export interface ModelLifecycle {
  retirements: Retirement[];
  /**
   * Model ids form a closed vocabulary worth spell-checking (false for `owner/name` repos and
   * Azure deployment names, which users name themselves).
   */
  spellCheck: boolean;
  /**
   * A verified key's model list is the full set of ids its calls can use (false for Azure,
   * where calls name deployments, not models).
   */
  listIsComplete: boolean;
  /** Current ids no other table names, so that they are not taken for typos. */
  knownIds?: string[];
}

const OPENAI_DEPRECATIONS = 'https://platform.openai.com/docs/deprecations';
const ANTHROPIC_DEPRECATIONS = 'https://docs.anthropic.com/en/docs/about-claude/model-deprecations';
const GEMINI_DEPRECATIONS = 'https://ai.google.dev/gemini-api/docs/deprecations';

const none = (spellCheck: boolean, listIsComplete = true): ModelLifecycle => ({ retirements: [], spellCheck, listIsComplete });

export const MODEL_LIFECYCLE: Record<ProviderId, ModelLifecycle> = {
  openai: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-mini', 'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'o3', 'o4-mini', 'gpt-3.5-turbo-instruct'],
    retirements: [
      { ids: ['text-davinci-003', 'text-davinci-002'], date: '2024-01-04', successor: 'gpt-3.5-turbo-instruct', source: OPENAI_DEPRECATIONS },
      { ids: ['gpt-4-vision-preview', 'gpt-4-1106-vision-preview'], date: '2024-12-06', successor: 'gpt-4o', source: OPENAI_DEPRECATIONS },
      { ids: ['gpt-4-32k', 'gpt-4-32k-0613', 'gpt-4-32k-0314'], date: '2025-06-06', successor: 'gpt-4o', source: OPENAI_DEPRECATIONS },
      { ids: ['gpt-4.5-preview', 'gpt-4.5-preview-2025-02-27'], date: '2025-07-14', successor: 'gpt-4.1', source: OPENAI_DEPRECATIONS },
      { ids: ['o1-preview', 'o1-preview-2024-09-12'], date: '2025-07-28', successor: 'o3', source: OPENAI_DEPRECATIONS },
      { ids: ['o1-mini', 'o1-mini-2024-09-12'], date: '2025-10-27', successor: 'o4-mini', source: OPENAI_DEPRECATIONS },
      { ids: ['gpt-3.5-turbo', 'gpt-3.5-turbo-0125'], date: '2026-10-23', successor: 'gpt-4.1-mini', source: OPENAI_DEPRECATIONS },
    ],
  },
  'azure-openai': none(false, false),
  anthropic: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929', 'claude-haiku-4-5', 'claude-haiku-4-5-20251001', 'claude-opus-4-1', 'claude-opus-4-1-20250805'],
    retirements: [
      {
        ids: ['claude-1.0', 'claude-1.1', 'claude-1.2', 'claude-1.3', 'claude-instant-1.0', 'claude-instant-1.1', 'claude-instant-1.2'],
        date: '2024-11-06',
        successor: 'claude-haiku-4-5',
        source: ANTHROPIC_DEPRECATIONS,
      },
      { ids: ['claude-2.0', 'claude-2.1', 'claude-3-sonnet-20240229'], date: '2025-07-21', successor: 'claude-sonnet-4-5', source: ANTHROPIC_DEPRECATIONS },
      {
        ids: ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-latest'],
        date: '2025-10-22',
        successor: 'claude-sonnet-4-5',
        source: ANTHROPIC_DEPRECATIONS,
      },
      { ids: ['claude-3-opus-20240229', 'claude-3-opus-latest'], date: '2026-01-05', successor: 'claude-opus-4-1', source: ANTHROPIC_DEPRECATIONS },
      { ids: ['claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-latest'], date: '2026-02-19', successor: 'claude-sonnet-4-5', source: ANTHROPIC_DEPRECATIONS },
      { ids: ['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'], date: '2026-02-19', successor: 'claude-haiku-4-5', source: ANTHROPIC_DEPRECATIONS },
    ],
  },
  replicate: none(false),
  google: {
    spellCheck: true,
    listIsComplete: true,
    knownIds: ['gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.5-pro', 'gemini-3-flash-preview', 'gemini-3.1-pro-preview', 'imagen-4.0-generate-001'],
    retirements: [
      { ids: ['imagen-3.0-generate-002'], date: '2025-11-10', successor: 'imagen-4.0-generate-001', source: GEMINI_DEPRECATIONS },
      {
        ids: ['gemini-2.5-pro-preview-03-25', 'gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-06-05'],
        date: '2025-12-02',
        successor: 'gemini-3-pro-preview',
        source: GEMINI_DEPRECATIONS,
      },
      { ids: ['gemini-2.0-flash-live-001', 'gemini-live-2.5-flash-preview'], date: '2025-12-09', successor: 'gemini-2.5-flash-native-audio-preview-12-2025', source: GEMINI_DEPRECATIONS },
      { ids: ['gemini-3-pro-preview'], date: '2026-03-09', successor: 'gemini-3.1-pro-preview', source: GEMINI_DEPRECATIONS },
    ],
  },
  mistral: none(true),
  cohere: none(true),
  groq: none(true),
  huggingface: none(false),
};
