export { UNITS, unitNote, type Unit, type UnitId } from './units.ts';
export { SERIES, ALL_SERIES, type SeriesDefinition, type SeriesId } from './series.ts';
export {
  METRICS,
  ALL_METRICS,
  HEADLINES,
  metricBasis,
  metricHeading,
  peakYear,
  type BandMetric,
  type Better,
  type Metric,
  type MetricId,
  type NumberMetric,
  type Period,
} from './metrics.ts';
export {
  columnIndex,
  displayLines,
  numberColumn,
  type DisplayLine,
  formatCell,
  fullHeading,
  metricColumn,
  seriesColumn,
  shortHeading,
  textColumn,
  yearColumn,
  type ReportCell,
  type ReportColumn,
  type ReportRow,
  type ReportTable,
} from './table.ts';
export {
  SUMMARY_STATISTICS,
  type StatisticId,
  YEAR_TABLE_SUMMARY,
  appraisalTable,
  compareTable,
  headlineTable,
  resultsByYearTable,
  stripTable,
  uncertainMetrics,
  uncertaintyTable,
} from './tables.ts';
export {
  compareScenarios,
  comparisonRow,
  namedProjection,
  projectScenarios,
  type ComparisonRow,
  type ScenarioProjection,
} from './compare.ts';
export { toCsv } from './csv.ts';
export {
  appraisalByYearTable,
  interventionSummaryTable,
  INTERVENTION_SERIES,
  optimismBias,
  resultsByScopeTable,
  SECTOR_SERIES,
  sectorSummaryTable,
  yearlyPercentilesTable,
} from './resultTables.ts';
export {
  additionalityTable,
  linksTable,
  nodesTable,
  parametersTable,
  scenarioSettingsTable,
  sectorsTable,
  sourcesTable,
} from './assumptionTables.ts';
export {
  sensitivityFor,
  sensitivityTable,
  switchingInWords,
  switchingOf,
  type SensitivityReport,
  type SensitivityRow,
} from './sensitivity.ts';
export { chartSvg, niceTicks, CHART_HEIGHT, CHART_WIDTH, type ChartSeries, type ChartSpec } from './charts/chart.ts';
export { logicModelSvg, DIAGRAM_LIMIT } from './charts/diagram.ts';
export { FONT_FAMILY } from './charts/svg.ts';
export { CHART_COLOURS, paletteColour, STAGE_PALETTE } from './charts/palette.ts';
export {
  compareChart,
  costAndBenefitChart,
  netGvaByInterventionChart,
  tornadoChart,
  trendCharts,
} from './charts/reportCharts.ts';
export {
  buildReportDocument,
  generatedByLine,
  type ReportBlock,
  type ReportDocument,
  type ReportInput,
} from './reportDocument.ts';
export { buildWorkbookSheets, sheetName, type WorkbookSheet, type WorkbookTable } from './workbook.ts';
export { markdownTable, toMarkdown } from './markdown.ts';
export { reportCsvFiles } from './csvTables.ts';
export { htmlTable, PRINT_CSS, PRINT_ROOT_CLASS, reportHtmlBody, reportHtmlDocument } from './html.ts';
export { inlineRuns, markdownSection, type InlineRun } from './inline.ts';

/**
 * The Excel and Word writers, loaded on first use: write-excel-file and docx stay out of the app's
 * first bundle (the renderer's build splits a dynamic import into its own file).
 */
export function loadReportWriters(): Promise<typeof import('./writers.ts')> {
  return import('./writers.ts');
}
export type { Rasterise } from './docx.ts';
export {
  actualSeries,
  boxesWithIndicators,
  indicatorKind,
  indicatorsTable,
  indicatorTracksBox,
  logframeTable,
  roundIndicatorValue,
} from './logframe.ts';
export { logicChecklistTable } from './checklist.ts';
export { councilSection, type CouncilSection } from './councilTable.ts';
