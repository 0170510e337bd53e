import type { CommandSpec } from './command.ts';
import { areasCommand } from './commands/areas.ts';
import { compareCommand } from './commands/compare.ts';
import { explainCommand } from './commands/explain.ts';
import { historyCommand } from './commands/history.ts';
import { importBaselineCommand } from './commands/importBaseline.ts';
import { newCommand } from './commands/new.ts';
import { rebaseCommand } from './commands/rebase.ts';
import { reportCommand } from './commands/report.ts';
import { restoreCommand } from './commands/restore.ts';
import { setCommand } from './commands/set.ts';
import { migrateCommand } from './commands/migrate.ts';
import { runCommand } from './commands/run.ts';
import { sensitivityCommand } from './commands/sensitivity.ts';
import { validateCommand } from './commands/validate.ts';

/** Every command, in the order `causeway --help` lists them. */
export const commands: CommandSpec[] = [
  runCommand,
  validateCommand,
  sensitivityCommand,
  compareCommand,
  explainCommand,
  migrateCommand,
  areasCommand,
  newCommand,
  importBaselineCommand,
  setCommand,
  rebaseCommand,
  historyCommand,
  restoreCommand,
  reportCommand,
];
