import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';
import { serialiseScenario, type ScenarioDocument } from '../../models/index.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output, in `cwd`. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`),
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding `doc` as `name`. */
export function folderWith(doc: ScenarioDocument, name = 'example.causeway.json'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-cli-'));
  writeFileSync(join(dir, name), serialiseScenario(doc));
  return { dir, file: name };
}
