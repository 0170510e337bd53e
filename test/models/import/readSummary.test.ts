/** The import's "read" lines are sentences: counts agree with their noun, and the notes follow a full stop. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport, readDownload, type ScenarioDocument } from '../../../models/index.ts';
import { workedExample } from '../../helpers/docs.ts';

const tables = (name: string) =>
  readDownload(new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url))), name).tables;

describe('what the import read', () => {
  it('ends the count with a full stop before the table notes', () => {
    const doc: ScenarioDocument = { ...workedExample(), area: { code: 'TLE4', name: 'West Yorkshire', level: 'ITL2' } };
    const plan = planImport(doc, tables('ons-gva-itl2-cvm.csv'));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    expect(plan.value.read[0]).toMatch(
      /: \d+ industries for West Yorkshire\. Cells without a figure \(kept as missing/,
    );
  });
});
