/** The baseline components of issue 13 under happy-dom: method per sector, the importer, results by council. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { createScenarioForArea, projectScenario, type ScenarioDocument } from '../../models/index.ts';
import { ProjectionMethods } from '../../renderer/baseline/ProjectionMethods.tsx';
import { ImportBaseline } from '../../renderer/baseline/ImportBaseline.tsx';
import { CouncilResults } from '../../renderer/baseline/CouncilResults.tsx';
import { CouncilShares } from '../../renderer/baseline/CouncilShares.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

const created = (areaCode: string): ScenarioDocument => {
  const r = createScenarioForArea({
    areaCode,
    templates: areaCode.startsWith('E47000006') ? [] : ['digital-adoption'],
    now: '2025-01-01T00:00:00.000Z',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};

describe('ProjectionMethods', () => {
  it('shows each sector with its id and the plausibility numbers, and switches method as one undoable edit', () => {
    const store = createCauswayStore(created('TLD3'));
    renderWithStore(<ProjectionMethods />, store);
    expect(screen.getByText('ck', { selector: 'code' })).toBeTruthy();
    const select = screen.getByLabelText('Projection method of Machinery and equipment n.e.c.') as HTMLSelectElement;
    expect(select.value).toBe('national');
    fireEvent.change(select, { target: { value: 'trend' } });
    expect(store.getState().doc.baseline.sectors.find((s) => s.id === 'ck')?.projection).toEqual({ method: 'trend' });
    store.temporal.getState().undo();
    expect(store.getState().doc.baseline.sectors.find((s) => s.id === 'ck')?.projection?.method).toBe('national');
  });
});

describe('ImportBaseline', () => {
  it('says where jobs are missing, previews old -> new from a chosen file, and applies it as one undoable edit', async () => {
    const doc = created('E47000006');
    const store = createCauswayStore(doc);
    renderWithStore(<ImportBaseline />, store);
    expect(screen.getByText(/Tees Valley has GVA in the library but no jobs/)).toBeTruthy();
    fireEvent.click(screen.getByText('Import data…'));
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/import/nomis-query.csv'));
    const file = new File([text], 'nomis-query.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Choose data files to import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText('Apply')).toHaveProperty('disabled', false));
    expect(screen.getAllByText(/downloaded from Nomis on 12 March 2024/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByText('Apply'));
    expect(store.getState().doc.baseline.sectors.map((s) => s.id)).toEqual(['c', 'non_c']);
    expect(store.getState().doc.baseline.sectors[0]?.jobs).toBe(27000);
    store.temporal.getState().undo();
    expect(store.getState().doc.baseline.sectors).toEqual([]);
  });

  it('refuses an unknown layout with the headers it found', async () => {
    renderWithStore(<ImportBaseline />, createCauswayStore(created('TLD3')));
    fireEvent.click(screen.getByText('Import data…'));
    const file = new File(['Area,Sector,Jobs\nLeeds,C,1\n'], 'mine.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Choose data files to import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText(/The headers found were "Area", "Sector", "Jobs"/)).toBeTruthy());
    expect(screen.getByText('Apply')).toHaveProperty('disabled', true);
  });
});

describe('CouncilResults', () => {
  it('lists the councils with their gross and net impacts and the share living outside the authority', () => {
    const doc = created('E47000003');
    const p = projectScenario(doc, 'digital-adoption');
    if (!p.ok) throw new Error('expected a projection');
    renderWithStore(<CouncilResults doc={doc} projection={p.value} />, createCauswayStore(doc));
    for (const name of ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'])
      expect(screen.getByText(name)).toBeTruthy();
    expect(screen.getByText('Living outside the authority')).toBeTruthy();
    expect(screen.getByText(/Census 2021/)).toBeTruthy();
    // The year shown is the peak of net jobs, as in `causeway run` and the reports: a programme that
    // has faded by the final year would otherwise show a table of zeros.
    const jobs = p.value.total.netImpact.jobs;
    const peak = p.value.years[jobs.indexOf(Math.max(...jobs))]!;
    expect(screen.getByRole('heading', { name: /^Results by council/ }).textContent).toContain(
      `${peak}, the peak year of net jobs`,
    );
  });
});

describe('CouncilShares', () => {
  it("edits a council's share of a sector as one undoable edit", () => {
    const doc = created('E47000003');
    const sector = doc.baseline.sectors[0]!;
    const store = createCauswayStore(doc);
    renderWithStore(<CouncilShares />, store);
    fireEvent.change(screen.getByLabelText(`Leeds share of ${sector.name}`), { target: { value: '40' } });
    const leeds = () => store.getState().doc.baseline.councils!.councils.find((c) => c.name === 'Leeds')!;
    expect(leeds().shares[sector.id]).toBe(0.4);
    store.temporal.getState().undo();
    expect(leeds().shares[sector.id]).not.toBe(0.4);
  });
});
