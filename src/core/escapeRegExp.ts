/** `s` as a literal inside a RegExp source (also escapes `/`, so it fits a regex literal). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
