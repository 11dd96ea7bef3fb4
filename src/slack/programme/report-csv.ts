import { stringify } from 'csv-stringify/sync';
import type { Catalog } from '../../content/index.js';
import { isFitAnswer } from '../../domain/pulse/answers.js';
import { neutralCell } from '../../domain/programme/csv-cell.js';
import { CSV_COLUMNS, type ReportColumn, type ReportRow } from '../../domain/programme/report.js';
import type { ProgrammeReport } from '../../services/programme/report.js';

/**
 * The report as a CSV (csv-stringify): a header row in the reader's language, then one row per pair.
 * A cell that a spreadsheet would run as a formula is written as plain text (neutralCell), so a
 * cohort or a name can never become one.
 */
export function reportCsv(c: Catalog, report: ProgrammeReport): string {
  const header = CSV_COLUMNS.map((column) => c.programme.report.columns[column]);
  const rows = report.rows.map((row) => CSV_COLUMNS.map((column) => neutralCell(cell(c, report, row, column))));
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

function cell(c: Catalog, report: ProgrammeReport, row: ReportRow, column: ReportColumn): string {
  const r = c.programme.report;
  switch (column) {
    case 'cohort':
      return row.cohort ?? '';
    case 'mentor':
      return report.names.get(row.mentorId) ?? row.mentorId;
    case 'mentee':
      return report.names.get(row.menteeId) ?? row.menteeId;
    case 'stage':
      return c.stageNames[row.stage];
    case 'preparation':
      return `${row.preparation.done}/${row.preparation.total}`;
    case 'agreement':
      return row.agreement ? r.yes : r.no;
    case 'fitAnswers':
      // In the reader's words, separated as a list; an unknown code (never stored) stays as it is.
      return row.fitAnswers.map((answer) => (isFitAnswer(answer) ? c.pulse.fitCheck.answers[answer] : answer)).join('; ');
    case 'outcome':
      return row.outcome === null ? '' : c.evaluateWrapUp.outcomes[row.outcome];
    default: {
      const value = row[column];
      return value === null ? '' : String(value);
    }
  }
}
