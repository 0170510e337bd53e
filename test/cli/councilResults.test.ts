/**
 * Results by council for a combined authority (issue 13): `run --json` gives `councils` (the stated
 * rule, gross and net impacts per council, net jobs by residence and the share living outside the
 * authority), the run table and the report builders a "Results by council" table; a file without
 * councils gets none of them.
 *
 * Liverpool City Region (E47000004) with the digital-adoption template, whose impacts fall in the rest
 * of manufacturing (c_other = C less CD-CG, CI-CL and CM). Halton's share of c_other by hand from the
 * ONS local-authority GVA release (April 2025), 2023, current prices, £m (C, CD-CG, CI-CL, CM):
 *   Halton 1028 - 653 - 157 - 104 = 114; Knowsley 1140 - 117 - 844 - 41 = 138;
 *   Liverpool 1080 - 685 - 79 - 47 = 269; St Helens 354 - 151 - 37 - 14 = 152;
 *   Sefton 279 - 79 - 63 - 19 = 118; Wirral 576 - 202 - 109 - 45 = 220; total 1,011;
 *   Halton's share 114 / 1011 = 0.112760 (6 places).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  buildWorkbookSheets,
  namedProjection,
  projectScenario,
  type ScenarioDocument,
} from '../../models/index.ts';
import { runCli } from '../helpers/cli.ts';
import { workedExample } from '../helpers/docs.ts';
import { folderWith } from '../helpers/cli.ts';

const HALTON_SHARE = 114 / 1011;

interface CouncilJson {
  code: string;
  name: string;
  grossGva: number[];
  grossJobs: number[];
  netGva: number[];
  netJobs: number[];
  residentNetJobs: number[];
}

async function liverpool(): Promise<{ dir: string; doc: ScenarioDocument }> {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-lcr-'));
  const made = await runCli(
    ['new', '--area', 'E47000004', '--template', 'digital-adoption', '--out', 'lcr.causeway.json'],
    dir,
  );
  expect(made.code).toBe(0);
  return { dir, doc: JSON.parse(readFileSync(join(dir, 'lcr.causeway.json'), 'utf8')) as ScenarioDocument };
}

describe('results by council', () => {
  it('run --json gives each council its share of the gross and net impacts, and the residence view', async () => {
    const { dir, doc } = await liverpool();
    const halton = doc.baseline.councils!.councils.find((c) => c.code === 'E06000006')!;
    expect(halton.shares['c_other']).toBeCloseTo(HALTON_SHARE, 6);
    const run = await runCli(['run', 'lcr.causeway.json', '--scenario', 'digital-adoption', '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const sector = json.sectors.c_other;
    const c = json.councils as {
      rule: string;
      commutingSource: string;
      councils: CouncilJson[];
      outsideNetJobs: number[];
      outsideShare: (number | null)[];
    };
    expect(c.rule).toMatch(/^Each council's share of the sector's GVA in 2023 at current prices/);
    expect(c.councils.map((x) => x.name)).toEqual([
      'Halton',
      'Knowsley',
      'Liverpool',
      'St. Helens',
      'Sefton',
      'Wirral',
    ]);
    const h = c.councils[0]!;
    json.years.forEach((_: number, k: number) => {
      // The impacts are all in c_other, so Halton's are its share of that sector's.
      expect(h.grossGva[k]).toBeCloseTo(HALTON_SHARE * sector.grossImpact.gva[k], 4);
      expect(h.netGva[k]).toBeCloseTo(HALTON_SHARE * sector.netImpact.gva[k], 4);
      expect(h.netJobs[k]).toBeCloseTo(HALTON_SHARE * sector.netImpact.jobs[k], 3);
      // Residence view: every net job is filled by someone living in a council or outside the authority.
      const net = c.councils.reduce((s, x) => s + x.netJobs[k]!, 0);
      const resident = c.councils.reduce((s, x) => s + x.residentNetJobs[k]!, 0);
      expect(resident + c.outsideNetJobs[k]!).toBeCloseTo(net, 9);
      if (net !== 0) expect(c.outsideShare[k]).toBeCloseTo(c.outsideNetJobs[k]! / net, 12);
    });
    expect(c.commutingSource).toMatch(/Census 2021/);
  });

  it('the run table shows the peak year of net jobs by council, with the rule and the share living outside', async () => {
    const { dir, doc } = await liverpool();
    const run = await runCli(['run', 'lcr.causeway.json', '--scenario', 'digital-adoption'], dir);
    expect(run.code).toBe(0);
    // The year with the most net jobs (digital adoption fades, so the final year would show zeros).
    const p = projectScenario(doc, 'digital-adoption');
    if (!p.ok) throw new Error('expected a projection');
    const jobs = p.value.total.netImpact.jobs;
    const peak = p.value.years[jobs.indexOf(Math.max(...jobs))]!;
    expect(peak).toBeLessThan(doc.horizon.endYear);
    expect(run.stdout).toContain(`Results by council, ${peak}, the peak year of net jobs`);
    expect(run.stdout).toMatch(/\nHalton {2,}E06000006 {2,}£/);
    expect(run.stdout).toMatch(/\nLiving outside the authority {2,}/);
    expect(run.stdout).toContain("Each council's share of the sector's GVA in 2023");
  });

  it('the report (Word, Markdown, print) and the workbook carry the table; a file without councils has none', async () => {
    const { doc } = await liverpool();
    const p = projectScenario(doc, 'digital-adoption');
    if (!p.ok) throw new Error('expected a projection');
    const s = namedProjection(doc, p.value);
    const input = { doc, scenarios: [s], generator: { version: '0', generatedAt: '2026-01-01T00:00:00Z' } };
    const tables = buildReportDocument(input).blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    const councils = tables.find((t) => t.id === 'councils');
    expect(councils?.rows.map((r) => r.cells[0])).toEqual([
      'Halton',
      'Knowsley',
      'Liverpool',
      'St. Helens',
      'Sefton',
      'Wirral',
      'Living outside the authority',
    ]);
    const sheets = buildWorkbookSheets(input);
    expect(sheets.some((sh) => sh.tables.some((t) => t.table.id === 'councils'))).toBe(true);

    const plain = workedExample();
    const q = projectScenario(plain, 'digital-led');
    if (!q.ok) throw new Error('expected a projection');
    const none = { ...input, doc: plain, scenarios: [namedProjection(plain, q.value)] };
    expect(buildReportDocument(none).blocks.some((b) => b.kind === 'table' && b.table.id === 'councils')).toBe(false);
    const { dir, file } = folderWith(plain);
    const json = JSON.parse((await runCli(['run', file, '--scenario', 'digital-led', '--json'], dir)).stdout);
    expect('councils' in json).toBe(false);
  });
});

describe('causeway run: the basis of cost per job', () => {
  it('says cost per net job is measured at the peak, and which year that is', async () => {
    const example = new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url);
    const doc = JSON.parse(readFileSync(example, 'utf8')) as ScenarioDocument;
    const { dir, file } = folderWith(doc);
    const run = await runCli(['run', file, '--scenario', 'digital-modest'], dir);
    const p = projectScenario(doc, 'digital-modest');
    if (!p.ok) throw new Error('expected a projection');
    const jobs = p.value.total.netImpact.jobs;
    const peak = p.value.years[jobs.indexOf(Math.max(...jobs))]!;
    expect(run.stdout).toContain(`Cost per net additional job: per net job at the peak, ${peak}.`);
  });
});
