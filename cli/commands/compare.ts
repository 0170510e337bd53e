import { compareScenarios, formatGbp, formatGbpMillions, formatJobs, formatRatio } from '../../models/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderTable } from '../table.ts';

const usage = 'causeway compare FILE [--json]';

export const compareCommand: CommandSpec = {
  name: 'compare',
  summary: "Every scenario's summary side by side.",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    if (positionals.length !== 1) throw new UsageError(`compare takes exactly one FILE. Usage: ${usage}`);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    const compared = compareScenarios(read.document);
    if (!compared.ok) return reportDiagnostics(compared.diagnostics, file, io);
    if (values.json) {
      io.stdout(JSON.stringify({ scenarios: compared.value }, null, 2) + '\n');
      return 0;
    }
    const doc = read.document;
    const last = doc.horizon.endYear;
    const rows = compared.value.map((r) => [
      `${r.name} (${r.id})`,
      formatGbpMillions(r.finalYear.netGva),
      formatJobs(r.finalYear.netJobs),
      formatGbpMillions(r.cumulativeNetGva),
      formatGbpMillions(r.npv),
      formatRatio(r.bcr),
      formatGbp(r.costPerNetJob),
      r.vfm ?? '–',
    ]);
    io.stdout(`${doc.meta.title}: scenarios compared, £m in ${doc.prices.baseYear} prices\n\n`);
    io.stdout(
      renderTable(
        [
          'Scenario',
          `Net GVA ${last}`,
          `Net jobs ${last}`,
          'Cumulative net GVA',
          'NPV',
          'BCR',
          'Cost per net job',
          'Value for money',
        ],
        rows,
      ) + '\n',
    );
    return 0;
  },
};
