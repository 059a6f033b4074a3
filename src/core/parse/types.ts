import type { Frame } from '../types';

/** One exception of a (possibly chained) trace. */
export interface ParsedException {
  errorClass: string;
  message: string;
  status: number | null;
  /** Innermost last. */
  frames: Frame[];
}
