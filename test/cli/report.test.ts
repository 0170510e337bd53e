/**
 * `causeway report`: each format written atomically and readable (the workbook and document read back
 * independently), an existing output kept unless --force, PDF through Chromium where it is installed
 * and a sentence where it is not, and argument mistakes as sentences with exit code 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { readDocx, readXlsx } from '../models/report/officeReader.ts';

const EXAMPLE = join(import.meta.dirname, '../../scenarios/west-yorkshire-machinery-reshoring.causeway.json');
const doc = loadScenario(readFileSync(EXAMPLE, 'utf8')).document!;
const chromium = existsSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium');

describe('causeway report', () => {
  it('writes Markdown and a workbook of the first scenario, or of every scenario with --scenario all', async () => {
    const { dir, file } = folderWith(doc);
    const md = await runCli(['report', file, '--format', 'md', '--out', 'r.md'], dir);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(
      /^Wrote the md report of scenario "bau" of example.causeway.json to r.md \(\d+ KB\)\.\n$/,
    );
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# West Yorkshire/);
    const xlsx = await runCli(['report', file, '--scenario', 'all', '--format', 'xlsx', '--out', 'r.xlsx'], dir);
    expect(xlsx.code).toBe(0);
    const names = readXlsx(readFileSync(join(dir, 'r.xlsx'))).map((s) => s.name);
    expect(names[0]).toBe('Summary');
    expect(names).toContain('Results by year (reshoring)');
    // Excel allows 31 characters: a long id is shortened inside the brackets.
    expect(names).toContain('Results by year (reshoring-fa…)');
    expect(names.filter((n) => n.startsWith('Results by year (')).length).toBe(doc.scenarios.length);
  });

  it('keeps an existing output unless --force, and then replaces it', async () => {
    const { dir, file } = folderWith(doc);
    writeFileSync(join(dir, 'keep.md'), 'mine');
    const refused = await runCli(['report', file, '--format', 'md', '--out', 'keep.md'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('keep.md already exists; choose another --out file, or add --force to replace it.\n');
    expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toBe('mine');
    const forced = await runCli(['report', file, '--format', 'md', '--out', 'keep.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toMatch(/^# West Yorkshire/);
  });

  it('says what is wrong with the arguments', async () => {
    const { dir, file } = folderWith(doc);
    const cases: [string[], RegExp][] = [
      [['report', file, '--format', 'pptx', '--out', 'x'], /--format must be one of xlsx, docx, pdf, md, not "pptx"/],
      [['report', file, '--format', 'md'], /--out must name the report file to write/],
      [
        ['report', file, '--scenario', 'nope', '--format', 'md', '--out', 'x.md'],
        /there is no scenario "nope"; the scenarios are bau, reshoring/,
      ],
      [['report', file, '--format', 'md', '--out', file], /--out must not be the scenario file itself/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv, dir);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('explains that a PDF needs Chromium, and writes nothing, where Chromium is missing', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { dir, file } = folderWith(doc);
    const r = await runCli(['report', file, '--format', 'pdf', '--out', 'r.pdf'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^A PDF is printed by Chromium, and Chromium is not installed at \/nonexistent\/chromium/);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    const docx = await runCli(['report', file, '--scenario', 'reshoring', '--format', 'docx', '--out', 'r.docx'], dir);
    expect(docx.code).toBe(0);
    expect(docx.stderr).toMatch(/The charts are in the Word report as SVG pictures \(Word 2016 or later shows them/);
    expect(readDocx(readFileSync(join(dir, 'r.docx'))).media.some((m) => m.endsWith('.svg'))).toBe(true);
  });

  it.skipIf(!chromium)('prints the PDF through Chromium and draws the Word report’s charts as PNG', async () => {
    const { dir, file } = folderWith(doc);
    const pdf = await runCli(['report', file, '--scenario', 'reshoring', '--format', 'pdf', '--out', 'r.pdf'], dir);
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    const bytes = readFileSync(join(dir, 'r.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThan(8);
    const docx = await runCli(['report', file, '--scenario', 'reshoring', '--format', 'docx', '--out', 'r.docx'], dir);
    expect(docx.code).toBe(0);
    const media = readDocx(readFileSync(join(dir, 'r.docx'))).media;
    expect(media.filter((m) => m.endsWith('.png')).length).toBeGreaterThanOrEqual(6);
    expect(media.some((m) => m.endsWith('.svg'))).toBe(false);
  });
});
