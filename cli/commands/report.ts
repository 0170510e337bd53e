/**
 * `causeway report FILE [--scenario ID|all] --format xlsx|docx|pdf|md --out FILE2 [--force]
 * [--samples N] [--seed S]`: the report of a scenario (the first by default) or of every scenario, as
 * an Excel workbook, a Word document, a PDF of the print view, or Markdown (contracts.md section 5).
 * The summary always sets every scenario side by side. Written atomically; an existing FILE2 is
 * replaced only with --force.
 */
import { basename, resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import readme from '../../README.md?raw';
import {
  buildReportDocument,
  loadReportWriters,
  markdownSection,
  projectScenarios,
  reportHtmlDocument,
  runMonteCarlo,
  sensitivityFor,
  toMarkdown,
  type ReportInput,
  type SensitivityReport,
  type UncertaintyResult,
} from '../../models/index.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { parseCommandArgs, parseInteger } from '../args.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIO, type CommandSpec } from '../command.ts';
import { describeWriteError, pathExists, readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { openReportBrowser, type ReportBrowser } from './reportChromium.ts';

const USAGE =
  'causeway report FILE [--scenario ID|all] --format xlsx|docx|pdf|md --out FILE2 [--force] [--samples N] [--seed S]';
const FORMATS = ['xlsx', 'docx', 'pdf', 'md'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The README's method note, which reports quote. Built into the CLI (esbuild's raw-text plugin in
 * scripts/cliBundle.mjs, Vite's `?raw` under test), as the app does: the bundle runs from
 * dist/cli/ or anywhere it is copied, where no README lies at a fixed place beside it.
 */
function methodNote(): string[] | undefined {
  const note = markdownSection(readme, 'Method note');
  return note.length ? note : undefined;
}

const kilobytes = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('en-GB')} KB`;

export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'Write a report: an Excel workbook, a Word document, a PDF or Markdown.',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        scenario: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        samples: { type: 'string' },
        seed: { type: 'string' },
      },
      USAGE,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`Name exactly one scenario file. Usage: ${USAGE}`);
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format))
      throw new UsageError(
        `--format must be one of ${FORMATS.join(', ')}${values.format ? `, not "${values.format}"` : ''}. Usage: ${USAGE}`,
      );
    if (!values.out) throw new UsageError(`--out must name the report file to write. Usage: ${USAGE}`);
    const samples = parseInteger(values.samples, 'samples', 2);
    const seed = parseInteger(values.seed, 'seed', 0) ?? 1;
    if (values.seed !== undefined && samples === undefined)
      throw new UsageError('--seed needs --samples N (Monte Carlo draws).');
    const target = resolve(io.cwd, values.out);
    if (target === resolve(io.cwd, file)) throw new UsageError('--out must not be the scenario file itself.');
    if (!values.force && (await pathExists(target))) {
      io.stderr(`${values.out} already exists; choose another --out file, or add --force to replace it.`);
      return EXIT_INVALID;
    }

    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), EXIT_INVALID);
    const doc = read.document;
    const wanted = values.scenario ?? doc.scenarios[0]?.id;
    if (wanted !== 'all' && !doc.scenarios.some((s) => s.id === wanted)) {
      io.stderr(
        `${file}: there is no scenario "${wanted}"; the scenarios are ${doc.scenarios.map((s) => s.id).join(', ')} (or use --scenario all).`,
      );
      return EXIT_INVALID;
    }
    const projected = projectScenarios(doc);
    if (!projected.ok) return reportDiagnostics(projected.diagnostics, file, io);
    const scenarios = projected.value.filter((s) => wanted === 'all' || s.id === wanted);

    const sensitivity = new Map<string, SensitivityReport>();
    const uncertainty = new Map<string, UncertaintyResult>();
    for (const s of scenarios) {
      const tornado = sensitivityFor(doc, s.id);
      if (tornado.ok) sensitivity.set(s.id, tornado.value);
      if (samples !== undefined) {
        const mc = runMonteCarlo(doc, s.id, { samples, seed });
        if (!mc.ok) return reportDiagnostics(mc.diagnostics, file, io);
        uncertainty.set(s.id, mc.value);
      }
    }
    const input: ReportInput = {
      doc,
      scenarios,
      allScenarios: projected.value,
      sensitivity,
      uncertainty,
      generator: { version: packageJson.version, generatedAt: new Date().toISOString(), fileName: basename(file) },
    };
    const notes: string[] = [];
    const note = methodNote();
    if (note) input.methodNote = note;
    else notes.push('The README holds no method note, so the report names the method instead of quoting its note.');

    const bytes = await render(format, input, io, notes);
    if (!bytes) return EXIT_INVALID;
    try {
      await writeFileAtomic(target, bytes);
    } catch (e) {
      const failure = describeWriteError(e, values.out);
      io.stderr(failure.message);
      return failure.code;
    }
    for (const n of notes) io.stderr(n);
    const covered = wanted === 'all' ? `all ${scenarios.length} scenarios` : `scenario "${wanted}"`;
    io.stdout(`Wrote the ${format} report of ${covered} of ${file} to ${values.out} (${kilobytes(bytes.length)}).\n`);
    return EXIT_OK;
  },
};

async function render(format: Format, input: ReportInput, io: CliIO, notes: string[]): Promise<Uint8Array | null> {
  if (format === 'md') return new TextEncoder().encode(toMarkdown(buildReportDocument(input)));
  if (format === 'xlsx') return (await loadReportWriters()).reportXlsx(input);
  const opened = await openReportBrowser();
  if (format === 'pdf') {
    if (!opened.ok) {
      io.stderr(
        `A PDF is printed by Chromium, and ${opened.why}. Nothing was written. Install Chromium, or write --format docx or md instead.`,
      );
      return null;
    }
    return withBrowser(opened.browser, (b) => b.printPdf(reportHtmlDocument(buildReportDocument(input))));
  }
  const writers = await loadReportWriters();
  if (!opened.ok) {
    notes.push(
      `The charts are in the Word report as SVG pictures (Word 2016 or later shows them; older versions show a blank box), because ${opened.why}.`,
    );
    return writers.reportDocx(input);
  }
  return withBrowser(opened.browser, (b) =>
    writers.reportDocx(input, (svg, w, h, scale) => b.rasterise(svg, w, h, scale)),
  );
}

async function withBrowser<T>(browser: ReportBrowser, use: (b: ReportBrowser) => Promise<T>): Promise<T> {
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}
