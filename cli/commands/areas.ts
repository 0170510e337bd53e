import { LIBRARY_VINTAGE, LOCAL_VINTAGE, listAreas } from '../../models/index.ts';

const LEVELS = { ITL1: 'ITL1 region', ITL2: 'ITL2 sub-region', CA: 'Combined authority', LAD: 'Council' } as const;
import { parseCommandArgs } from '../args.ts';
import type { CommandSpec } from '../command.ts';
import { renderTable } from '../table.ts';

const usage = 'causeway areas [--json]';

export const areasCommand: CommandSpec = {
  name: 'areas',
  summary: 'The areas in the embedded baseline library: ITL1 and ITL2 areas, combined authorities and councils.',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    const areas = listAreas();
    if (values.json) {
      io.stdout(JSON.stringify({ vintage: LIBRARY_VINTAGE, localVintage: LOCAL_VINTAGE, areas }, null, 2) + '\n');
      return 0;
    }
    io.stdout(
      `Baseline library: ${LIBRARY_VINTAGE.label}\nCouncils and combined authorities: ${LOCAL_VINTAGE.label}\n\n`,
    );
    io.stdout(
      renderTable(
        ['Code', 'Name', 'Level', 'Sectors', 'Data year'],
        areas.map((a) => [
          a.code,
          a.name,
          LEVELS[a.level],
          a.sectors.length > 0 ? a.sectors.join(' ') : 'GVA only: no jobs (import BRES)',
          String(a.dataYear),
        ]),
      ) + '\n',
    );
    return 0;
  },
};
