/**
 * A report cell a spreadsheet could run as a formula, made plain text. Excel, LibreOffice and Google
 * Sheets read `=`, `+`, `-` and `@` as the start of a formula even after leading spaces, tabs or line
 * breaks, and a `|` anywhere is how a DDE payload (`=cmd|' /C calc'!A0`) reaches another program.
 * Such a cell is written with a leading apostrophe, which every one of them shows as text (OWASP,
 * "CSV Injection"). A name or a cohort is what people typed, so any cell may carry one.
 */
export function neutralCell(value: string): string {
  return /^\s*[=+\-@]|^[\t\r\n]|\|/u.test(value) ? `'${value}` : value;
}
