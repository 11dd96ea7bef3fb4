import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Catalog } from '../../content/index.js';
import { STAGES } from '../../domain/stages.js';
import type { ChartData } from '../../domain/programme/chart-data.js';

/** The chart's width in pixels once rendered. */
export const CHART_WIDTH = 1200;

/**
 * The report's chart as a PNG, drawn on the server: a Vega-Lite spec (pairs per stage per cohort,
 * meetings per week over twelve weeks) compiled to Vega, rendered to SVG without a browser, then
 * to PNG by resvg. The data is inline, so nothing is fetched: it works with no network.
 */
export async function reportChartPng(c: Catalog, chart: ChartData): Promise<Uint8Array> {
  const view = new vega.View(vega.parse(compile(chartSpec(c, chart)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return png.asPng();
}

export function chartSpec(c: Catalog, chart: ChartData): TopLevelSpec {
  const r = c.programme.report;
  const stages = chart.stages
    .filter((count) => count.pairs > 0)
    .map((count) => ({ cohort: count.cohort === '' ? r.noCohort : count.cohort, stage: c.stageNames[count.stage], order: STAGES.indexOf(count.stage), pairs: count.pairs }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    vconcat: [
      {
        title: r.stagesChart,
        width: 520,
        height: Math.max(60, 28 * new Set(stages.map((s) => s.cohort)).size),
        data: { values: stages },
        mark: 'bar',
        encoding: {
          y: { field: 'cohort', type: 'nominal', title: r.axisCohort },
          x: { field: 'pairs', type: 'quantitative', title: r.axisPairs, axis: { tickMinStep: 1 } },
          color: { field: 'stage', type: 'nominal', title: r.legendStage, sort: STAGES.map((stage) => c.stageNames[stage]) },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        title: r.weeksChart,
        width: 520,
        height: 180,
        data: { values: chart.weeks.map((week) => ({ week: week.week, meetings: week.meetings })) },
        mark: { type: 'bar', color: '#1f5f5b' },
        encoding: {
          x: { field: 'week', type: 'ordinal', title: r.axisWeek, axis: { labelAngle: -45 } },
          y: { field: 'meetings', type: 'quantitative', title: r.axisMeetings, axis: { tickMinStep: 1 } },
        },
      },
    ],
  };
}
