/**
 * The binary report writers (the Excel workbook and the Word document), behind one dynamic import:
 * their libraries are large, so the app loads them when an export asks and its first screen does not
 * wait for them. `loadReportWriters()` in index.ts is the only way in.
 */
import { buildDocx, type Rasterise } from './docx.ts';
import { buildReportDocument, type ReportInput } from './reportDocument.ts';
import { buildWorkbookSheets } from './workbook.ts';
import { buildXlsx } from './xlsx.ts';

export { buildDocx, buildXlsx, type Rasterise };

/** The Excel workbook of a report. */
export function reportXlsx(input: ReportInput): Promise<Uint8Array<ArrayBuffer>> {
  return buildXlsx(buildWorkbookSheets(input));
}

/** The Word document of a report; charts drawn as PNG by `rasterise` where there is one. */
export function reportDocx(input: ReportInput, rasterise?: Rasterise): Promise<Uint8Array<ArrayBuffer>> {
  return buildDocx(buildReportDocument(input), rasterise);
}
