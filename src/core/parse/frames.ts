// Which frames belong to the user's own code, and a generic HTTP status reader.
import type { Frame } from '../types';

const LIBRARY = [
  /(?:^|[\\/])(?:site-packages|dist-packages|node_modules)[\\/]/,
  /^node:/,
  /^internal[\\/]/,
  /^<(?:frozen |anonymous|string>|builtin|node_internals>)/,
  /(?:^|[\\/])lib[\\/]python\d(?:\.\d+)?[\\/]/i,
  /(?:^|[\\/])Lib[\\/](?!site-packages)[\w.-]+(?:[\\/]|\.py$)/,
];

export function isLibraryFrame(frame: Frame): boolean {
  const f = frame.file;
  for (const re of LIBRARY) if (re.test(f)) return true;
  return false;
}

/** The innermost frame in the user's own code (frames are innermost last), or null. */
export function innermostUserFrame(frames: readonly Frame[]): Frame | null {
  for (let i = frames.length - 1; i >= 0; i--) if (!isLibraryFrame(frames[i])) return frames[i];
  return null;
}

// HTTP status as SDKs print it, most specific first. Shapes, not providers.
const STATUS = [
  /\bError code: (\d{3})\b/,
  /\bfailed with status (\d{3})\b/,
  /\bstatus(?:_code|Code)?[=:]\s*(\d{3})\b/i,
  /\bStatus (\d{3})\b/,
  /\b(\d{3}) Client Error\b/,
  /^(\d{3}) (?=[A-Za-z<{])/,
  /\bHTTP(?:\/\d(?:\.\d)?)? (\d{3})\b/,
  /["']code["']:\s*(\d{3})\b/,
];

export function statusFrom(text: string): number | null {
  for (const re of STATUS) {
    const m = re.exec(text);
    if (m) {
      const n = Number(m[1]);
      if (n >= 400 && n < 600) return n;
    }
  }
  return null;
}

/** `file:///home/dev/app.mjs` → `/home/dev/app.mjs`. */
export function fileFromUrl(file: string): string {
  if (!file.startsWith('file://')) return file;
  let p = file.slice(7);
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as is */
  }
  if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  return p;
}
