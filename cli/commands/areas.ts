import { LIBRARY_VINTAGE, listAreas } from '../../models/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CommandSpec } from '../command.ts';
import { renderTable } from '../table.ts';

const usage = 'causeway areas [--json]';

export const areasCommand: CommandSpec = {
  name: 'areas',
  summary: 'The areas in the embedded baseline library (ONS regional GVA and BRES employment).',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    const areas = listAreas();
    if (values.json) {
      io.stdout(JSON.stringify({ vintage: LIBRARY_VINTAGE, areas }, null, 2) + '\n');
      return 0;
    }
    io.stdout(`Baseline library: ${LIBRARY_VINTAGE.label}\n\n`);
    io.stdout(
      renderTable(
        ['Code', 'Name', 'Level', 'Sectors', 'Data year'],
        areas.map((a) => [a.code, a.name, a.level, a.sectors.join(' '), String(a.dataYear)]),
      ) + '\n',
    );
    return 0;
  },
};
