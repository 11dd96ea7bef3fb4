/**
 * Whether a text holds at most `max` characters (code points, as people count them). Sizes are
 * checked before any parser reads a text, so this reads no further than it must and copies nothing.
 */
export function withinLength(text: string, max: number): boolean {
  // A code point is one or two UTF-16 units: most texts are decided without counting.
  if (text.length <= max) return true;
  if (text.length > 2 * max) return false;
  let count = 0;
  for (const _char of text) if (++count > max) return false;
  return true;
}
