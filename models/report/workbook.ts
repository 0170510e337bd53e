/**
 * The Excel workbook's content, independent of the writer: which sheets, in which order, holding
 * which report tables. One scenario gives the sheets the reports issue names (Summary, Results by
 * year, Appraisal, Uncertainty when run, Sensitivity, Assumptions, Logic model); several give one
 * results, appraisal, uncertainty and sensitivity sheet per scenario.
 */
import {
  additionalityTable,
  linksTable,
  nodesTable,
  parametersTable,
  scenarioSettingsTable,
  sectorsTable,
  sourcesTable,
} from './assumptionTables.ts';
import { councilSection } from './councilTable.ts';
import { indicatorsTable } from './logframe.ts';
import { HEADLINES } from './metrics.ts';
import type { ReportInput } from './reportDocument.ts';
import { appraisalByYearTable, resultsByScopeTable, yearlyPercentilesTable } from './resultTables.ts';
import { sensitivityTable } from './sensitivity.ts';
import type { ReportTable } from './table.ts';
import { headlineTable, uncertaintyTable } from './tables.ts';

export interface WorkbookTable {
  table: ReportTable;
  /** Measures down the sheet and the table's rows (scenarios) across. */
  transposed?: boolean;
}

export interface WorkbookSheet {
  /** At most 31 characters, unique, none of : \ / ? * [ ]. */
  name: string;
  /** Tables one below another; the first one's heading rows stay in view (frozen). */
  tables: WorkbookTable[];
  /** Columns kept in view when scrolling across (the year or measure column). */
  frozenColumns: number;
}

const FORBIDDEN = /[:\\/?*[\]]/g;

/** Excel's rules for sheet names: 31 characters, no : \ / ? * [ ], unique ignoring case. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(FORBIDDEN, '-').slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
  taken.add(name.toLowerCase());
  return name;
}

export function buildWorkbookSheets(input: ReportInput): WorkbookSheet[] {
  const { doc, scenarios } = input;
  const taken = new Set<string>();
  const sheets: WorkbookSheet[] = [];
  const add = (name: string, tables: WorkbookTable[], frozenColumns = 1) =>
    sheets.push({ name: sheetName(name, taken), tables, frozenColumns });
  const several = scenarios.length > 1;
  // "Results by year (reshoring)"; a long id is shortened inside the brackets to fit Excel's 31 characters.
  const named = (base: string, id: string) => {
    if (!several) return base;
    const room = 31 - base.length - 3;
    return `${base} (${id.length <= room ? id : `${id.slice(0, room - 1)}…`})`;
  };

  add('Summary', [
    {
      table: headlineTable(
        doc,
        input.allScenarios ?? scenarios,
        HEADLINES.report,
        'summary',
        `Headline results, ${doc.area.name}`,
      ),
      transposed: true,
    },
    { table: scenarioSettingsTable(doc) },
  ]);
  for (const s of scenarios) add(named('Results by year', s.id), [{ table: resultsByScopeTable(doc, s) }]);
  for (const s of scenarios) {
    const councils = councilSection(doc, s);
    if (councils) add(named('By council', s.id), [{ table: councils.table }]);
  }
  for (const s of scenarios)
    add(named('Appraisal', s.id), [
      { table: appraisalByYearTable(doc, s) },
      {
        table: headlineTable(doc, [s], HEADLINES.reportAppraisal, 'appraisal', `Appraisal summary, ${s.name}`),
        transposed: true,
      },
    ]);
  for (const s of scenarios) {
    const u = input.uncertainty?.get(s.id);
    if (u)
      add(named('Uncertainty', s.id), [
        { table: uncertaintyTable(doc, u) },
        { table: yearlyPercentilesTable(doc, s, u) },
      ]);
  }
  for (const s of scenarios) {
    const sens = input.sensitivity?.get(s.id);
    if (sens) add(named('Sensitivity', s.id), [{ table: sensitivityTable(doc, sens, s.name) }]);
  }
  add('Assumptions', [
    { table: parametersTable(doc) },
    { table: scenarioSettingsTable(doc) },
    { table: additionalityTable(doc) },
    { table: sectorsTable(doc) },
    { table: sourcesTable(doc) },
  ]);
  const indicators = indicatorsTable(doc);
  add('Logic model', [
    { table: nodesTable(doc) },
    { table: linksTable(doc) },
    ...(indicators ? [{ table: indicators }] : []),
  ]);
  return sheets;
}
