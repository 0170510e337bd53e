/**
 * Exporting a report from the app: gathers what the report needs (every scenario projected, the
 * Monte Carlo run if it is current, the tornado and switching values, the method note), builds the
 * chosen format through models/report, and saves it through the platform (saveBinary; the PDF
 * through printToPdf). The workbook and document libraries load on first use. Each step reports
 * its progress, and yields to the browser between steps so the progress bar can move.
 */
import readme from '../../README.md?raw';
import packageJson from '../../package.json';
import {
  buildReportDocument,
  loadReportWriters,
  markdownSection,
  projectScenarios,
  reportCsvFiles,
  sensitivityFor,
  toMarkdown,
  type ReportInput,
  type ScenarioDocument,
  type SensitivityReport,
  type UncertaintyResult,
} from '../engine.ts';
import type { PlatformApi, PlatformResult } from '../platform/contract.ts';
import { projectionFor } from '../store/derived.ts';
import type { UncertaintyRecord } from '../store/createStore.ts';
import { mountPrintView } from './printView.ts';
import { svgToPng } from './rasterise.ts';

export type ReportFormat = 'xlsx' | 'docx' | 'pdf' | 'md' | 'csv';

export const REPORT_FORMATS: { id: ReportFormat; label: string }[] = [
  { id: 'xlsx', label: 'Excel workbook (.xlsx)' },
  { id: 'docx', label: 'Word report (.docx)' },
  { id: 'pdf', label: 'PDF (print view)' },
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'csv', label: 'Every table as CSV (.zip)' },
];

export interface Progress {
  step: string;
  done: number;
  total: number;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ReportRequest {
  doc: ScenarioDocument;
  /** One scenario's id, or 'all'. */
  scope: string;
  uncertainty: UncertaintyRecord | null;
  fileName: string | null;
}

/** Everything the report builders need, step by step. */
export async function gatherReport(request: ReportRequest, progress: (p: Progress) => void): Promise<ReportInput> {
  const { doc, scope } = request;
  const all = projectScenarios(doc, projectionFor);
  if (!all.ok)
    throw new Error(all.diagnostics.find((d) => d.severity === 'error')?.message ?? 'a scenario cannot be projected');
  const scenarios = all.value.filter((s) => scope === 'all' || s.id === scope);
  const sensitivity = new Map<string, SensitivityReport>();
  for (const [k, s] of scenarios.entries()) {
    progress({ step: `Sensitivity of ${s.name}`, done: k, total: scenarios.length + 2 });
    await nextFrame();
    const tornado = sensitivityFor(doc, s.id);
    if (tornado.ok) sensitivity.set(s.id, tornado.value);
  }
  const uncertainty = new Map<string, UncertaintyResult>();
  // Only a run of the document as it is now: a stale band would describe other assumptions.
  if (request.uncertainty && request.uncertainty.doc === doc)
    uncertainty.set(request.uncertainty.scenarioId, request.uncertainty.result);
  return {
    doc,
    scenarios,
    allScenarios: all.value,
    sensitivity,
    uncertainty,
    methodNote: markdownSection(readme, 'Method note'),
    generator: {
      version: packageJson.version,
      generatedAt: new Date().toISOString(),
      ...(request.fileName ? { fileName: request.fileName } : {}),
    },
  };
}

/** Builds the format and saves it; resolves with the platform's answer. */
export async function exportReport(
  platform: PlatformApi,
  format: ReportFormat,
  input: ReportInput,
  baseName: string,
  progress: (p: Progress) => void,
): Promise<PlatformResult<{ name: string }>> {
  const total = input.scenarios.length + 2;
  const at = (step: string) => progress({ step, done: total - 1, total });
  if (format === 'md') {
    at('Writing the Markdown');
    return platform.saveBinary(
      `${baseName}.md`,
      'md',
      new TextEncoder().encode(toMarkdown(buildReportDocument(input))),
    );
  }
  if (format === 'pdf') {
    at('Laying out the print view');
    await nextFrame();
    const unmount = mountPrintView(buildReportDocument(input));
    try {
      await nextFrame();
      return await platform.printToPdf(`${baseName}.pdf`);
    } finally {
      unmount();
    }
  }
  if (format === 'csv') {
    at('Writing the tables');
    const { zipSync, strToU8 } = await import('fflate');
    const files = Object.fromEntries(reportCsvFiles(input).map((f) => [f.name, strToU8(f.text)]));
    return platform.saveBinary(`${baseName}-tables.zip`, 'zip', zipSync(files) as Uint8Array<ArrayBuffer>);
  }
  at('Loading the writer');
  const writers = await loadReportWriters();
  if (format === 'xlsx') {
    at('Writing the workbook');
    return platform.saveBinary(`${baseName}.xlsx`, 'xlsx', await writers.reportXlsx(input));
  }
  const document = buildReportDocument(input);
  const figures = document.blocks.filter((b) => b.kind === 'figure').length;
  let drawn = 0;
  const bytes = await writers.buildDocx(document, async (svg, width, height, scale) => {
    progress({ step: `Drawing chart ${++drawn} of ${figures}`, done: total - 1, total });
    return svgToPng(svg, width, height, scale);
  });
  return platform.saveBinary(`${baseName}.docx`, 'docx', bytes);
}
