import type { Catalog } from '../../content/index.js';
import type { ProgrammeReport } from '../../services/programme/report.js';
import type { UploadedFile } from '../../services/slack-port.js';
import { reportChartPng } from './report-chart.js';
import { reportCsv } from './report-csv.js';

/** `/mentor report`: the CSV and the PNG chart, named after the cohort (or "all") and the day. */
export async function reportFiles(c: Catalog, report: ProgrammeReport, today: string): Promise<UploadedFile[]> {
  const slug = report.cohort === null ? 'all' : report.cohort.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'cohort';
  return [
    { filename: `mentoring-report-${slug}-${today}.csv`, title: c.programme.report.csvTitle, content: reportCsv(c, report) },
    { filename: `mentoring-chart-${slug}-${today}.png`, title: c.programme.report.chartTitle, content: await reportChartPng(c, report.chart) },
  ];
}
