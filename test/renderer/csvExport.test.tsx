/**
 * `causeway run --csv` and the app's "Export CSV" of the year-by-year results are the same table
 * through the same writer: for an example file, the bytes are identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, within } from '@testing-library/react';
import { loadScenario } from '../../models/index.ts';
import { ResultsView } from '../../renderer/results/ResultsView.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import type { FileCommands } from '../../renderer/app/useFileCommands.ts';
import { runCli } from '../helpers/cli.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

const SCENARIOS_DIR = join(__dirname, '../../scenarios');
const FILE = 'west-yorkshire-machinery-reshoring.causeway.json';

describe('results CSV', () => {
  it('is byte-identical from the app and from `causeway run --csv`', async () => {
    const loaded = loadScenario(readFileSync(join(SCENARIOS_DIR, FILE), 'utf8'));
    if (!loaded.ok) throw new Error('example does not load');
    const store = createCauswayStore(loaded.document);
    store.getState().selectScenario('reshoring');
    const exported: [string, string][] = [];
    const files = { exportCsv: async (name: string, csv: string) => void exported.push([name, csv]) } as FileCommands;
    const { container } = renderWithStore(<ResultsView files={files} />, store);
    const card = container.querySelector('[data-table="results"]')!.closest('section')!;
    fireEvent.click(within(card as HTMLElement).getByRole('button', { name: 'Export CSV' }));
    expect(exported.map(([name]) => name)).toEqual(['reshoring-results.csv']);

    const cli = await runCli(['run', FILE, '--scenario', 'reshoring', '--csv'], SCENARIOS_DIR);
    expect(cli.code).toBe(0);
    expect(exported[0]![1]).toBe(cli.stdout);
    // And it is a real table: a BOM, a header and one CRLF-ended row per year of the horizon.
    const { startYear, endYear } = loaded.document.horizon;
    expect(cli.stdout.startsWith('\uFEFFYear,')).toBe(true);
    expect(cli.stdout.split('\r\n')).toHaveLength(1 + (endYear - startYear + 1) + 1);
  });
});
