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
