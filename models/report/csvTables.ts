/**
 * Every table of a report as its own CSV file (through the one writer, `toCsv`): the tables of the
 * workbook's sheets, named after the sheet and the table, for people who work in other tools.
 */
import { toCsv } from './csv.ts';
import type { ReportInput } from './reportDocument.ts';
import { buildWorkbookSheets } from './workbook.ts';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** One CSV file per table, names unique: "results-by-year-mix-results-by-scope.csv". */
export function reportCsvFiles(input: ReportInput): { name: string; text: string }[] {
  const taken = new Set<string>();
  return buildWorkbookSheets(input).flatMap((sheet) =>
    sheet.tables.map(({ table }) => {
      let name = `${slug(sheet.name)}-${slug(table.id)}`;
      for (let k = 2; taken.has(name); k++) name = `${slug(sheet.name)}-${slug(table.id)}-${k}`;
      taken.add(name);
      return { name: `${name}.csv`, text: toCsv(table) };
    }),
  );
}
