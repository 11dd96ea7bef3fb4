/** A command's failure as the one line an operator reads: no stack, no pool internals. */
export function oneLine(error: unknown): string {
  // Node reports "connection refused on every address of localhost" as an AggregateError with no message.
  const cause = error instanceof AggregateError && error.message === '' && error.errors.length > 0 ? error.errors[0] : error;
  const code = (cause as { code?: unknown }).code;
  const text = cause instanceof Error ? cause.message : String(cause);
  const first = text.split('\n')[0]?.trim() || (typeof code === 'string' ? code : 'unknown error');
  return typeof code === 'string' && !first.includes(code) ? `${first} (${code})` : first;
}
