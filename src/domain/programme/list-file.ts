/**
 * "Pair many" from an uploaded file: which files we read. A list holds at most MAX_LIST_ROWS (500) lines of
 * about 250 characters (two emails and a cohort), some 125,000 characters; 200 kB leaves room for
 * accents (two bytes each in UTF-8) and a header, and anything larger cannot be a list we would
 * accept, so it is refused before a byte is downloaded.
 */
export const MAX_LIST_FILE_BYTES = 200_000;
/** In kilobytes, for the message that says why a file was refused. */
export const MAX_LIST_FILE_KB = MAX_LIST_FILE_BYTES / 1000;

/** The extensions the form offers (Slack's file_input `filetypes`; its check is only a convenience). */
export const LIST_FILE_EXTENSIONS = ['csv', 'txt'] as const;
/** Slack's `filetype` for those files ("text" for .txt). */
const LIST_FILETYPES = new Set(['csv', 'text', 'txt']);

export type ListFileProblem = 'too_large' | 'not_csv' | 'not_text';

/** What Slack says of the file (name, type, size): a reason to refuse it before reading, or undefined. */
export function listFileProblem(file: { name: string; filetype: string; size: number }): ListFileProblem | undefined {
  const extension = /\.([^.]{1,10})$/u.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!LIST_FILETYPES.has(file.filetype.toLowerCase()) || !(LIST_FILE_EXTENSIONS as readonly string[]).includes(extension)) return 'not_csv';
  if (!Number.isFinite(file.size) || file.size > MAX_LIST_FILE_BYTES) return 'too_large';
  return undefined;
}

/**
 * The file's text, or why it is not a list: UTF-8 only (a spreadsheet saved in Latin-1 would turn
 * "Léa" into nonsense names, so it is refused rather than guessed at), and no NUL byte (a binary
 * file, a spreadsheet renamed .csv). A byte-order mark is left for the CSV reader to drop.
 */
export function listFileText(bytes: Uint8Array): { text: string } | { problem: 'not_text' } {
  if (bytes.includes(0)) return { problem: 'not_text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: 'not_text' };
  }
}
