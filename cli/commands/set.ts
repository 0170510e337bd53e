/**
 * `causeway set FILE PARAM=VALUE... [--scenario ID] [--note TEXT] [--milestone NAME]`: changes
 * parameter values and saves the file as a new revision through the same file service as the app's
 * Save (atomic write, revision + 1, history kept, previous file kept as FILE.bak).
 */
import { resolve } from 'node:path';
import {
  formatDiagnostics,
  checkDocument,
  outsideEditNotice,
  parameterOrigin,
  parseAppraisalName,
  setScenarioValue,
  type AppraisalName,
  type RangedNumber,
  type ScenarioDocument,
} from '../../models/index.ts';
import { lockScenarioFile, openScenarioFile, saveScenarioFile } from '../../node/scenarioFiles.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIO, type CommandSpec } from '../command.ts';
import type { FileLock } from '../../node/fileLock.ts';
import { parseAssignments, parseCommandArgs } from '../args.ts';
import { openFailure, reportFileError } from '../scenarioFile.ts';

const USAGE = 'causeway set FILE PARAM=VALUE... [--scenario ID] [--note TEXT] [--milestone NAME]';

/** A number typed over a ranged value changes its central value and keeps its range. */
function withValue(current: RangedNumber | undefined, value: number): RangedNumber {
  return current !== undefined && typeof current === 'object' ? { ...current, value } : value;
}

const shown = (v: RangedNumber | undefined) =>
  v === undefined ? 'unset' : String(typeof v === 'number' ? v : v.value);

/**
 * `additionality.<intervention>.<factor>`, `national.<intervention>.<field>` or `appraisal.optimismBias`
 * (docs/method.md section 10): the intervention's or the file's value, or the scenario's override.
 */
function applyAppraisalName(
  out: ScenarioDocument,
  id: string,
  name: AppraisalName,
  value: number,
  scenarioIndex: number,
  file: string,
): { ok: true; change: string } | { ok: false; message: string } {
  const scenario = scenarioIndex < 0 ? undefined : out.scenarios[scenarioIndex]!;
  if (name.kind === 'optimismBias') {
    if (!scenario) {
      const before = shown(out.appraisal.optimismBias);
      out.appraisal.optimismBias = withValue(out.appraisal.optimismBias, value);
      return { ok: true, change: `appraisal.optimismBias ${before} -> ${value}` };
    }
    const appraisal = (scenario.appraisal ??= {});
    const before = shown(appraisal.optimismBias);
    appraisal.optimismBias = withValue(appraisal.optimismBias, value);
    return { ok: true, change: `scenarios[${scenarioIndex}].appraisal.optimismBias ${before} -> ${value}` };
  }
  const k = out.interventions.findIndex((i) => i.id === name.intervention);
  const intervention = out.interventions[k];
  if (!intervention) {
    const known = out.interventions.map((i) => i.id).join(', ') || 'none';
    return {
      ok: false,
      message: `${file}: interventions: there is no intervention "${name.intervention}" for "${id}"; the interventions are ${known}.`,
    };
  }
  if (name.kind === 'national') {
    if (scenario)
      return {
        ok: false,
        message: `${file}: ${id}: national factors belong to the intervention, not to a scenario; leave out --scenario.`,
      };
    if (!intervention.national)
      return {
        ok: false,
        message: `${file}: interventions[${k}].national: intervention "${intervention.id}" has no national factors; add both displacement and labourSupply (with their source) in the app or the file first.`,
      };
    const before = shown(intervention.national[name.field]);
    intervention.national[name.field] = withValue(intervention.national[name.field], value);
    return { ok: true, change: `interventions[${k}].national.${name.field} ${before} -> ${value}` };
  }
  if (!scenario) {
    const before = shown(intervention.additionality[name.factor]);
    intervention.additionality[name.factor] = withValue(intervention.additionality[name.factor], value);
    return { ok: true, change: `interventions[${k}].additionality.${name.factor} ${before} -> ${value}` };
  }
  const overrides = ((scenario.additionality ??= {})[intervention.id] ??= {});
  const before = shown(overrides[name.factor]);
  overrides[name.factor] = withValue(overrides[name.factor], value);
  return {
    ok: true,
    change: `scenarios[${scenarioIndex}].additionality.${intervention.id}.${name.factor} ${before} -> ${value}`,
  };
}

/** `PARAM=VALUE` words as assignments, with the same rules as `run --set`; at least one is needed. */
export function parseParameterAssignments(words: string[]): Array<{ id: string; value: number }> {
  if (words.length === 0) throw new UsageError(`Give at least one PARAM=VALUE to change. Usage: ${USAGE}`);
  return Object.entries(parseAssignments(words, 'PARAM=VALUE')).map(([id, value]) => ({ id, value }));
}

/**
 * Applies the assignments to a copy of `doc`: parameter values, or the scenario's overrides when
 * `scenarioId` is given (an override with its own range keeps the range); additionality, national
 * factors and optimism bias by their dotted names likewise. Returns the edited copy
 * and a description of each change, or a sentence naming the path that does not exist.
 */
export function applyAssignments(
  doc: ScenarioDocument,
  assignments: Array<{ id: string; value: number }>,
  scenarioId: string | undefined,
  file: string,
): { ok: true; document: ScenarioDocument; changes: string[] } | { ok: false; message: string } {
  let out = structuredClone(doc);
  const changes: string[] = [];
  const known = Object.keys(out.parameters);
  const scenarioIndex = scenarioId === undefined ? -1 : out.scenarios.findIndex((s) => s.id === scenarioId);
  if (scenarioId !== undefined && scenarioIndex < 0) {
    return {
      ok: false,
      message: `${file}: scenarios: there is no scenario "${scenarioId}"; the scenarios are ${out.scenarios.map((s) => s.id).join(', ') || 'none'}.`,
    };
  }
  for (const { id, value } of assignments) {
    const appraisalName = parseAppraisalName(id);
    if (appraisalName) {
      const applied = applyAppraisalName(out, id, appraisalName, value, scenarioIndex, file);
      if (!applied.ok) return applied;
      changes.push(applied.change);
      continue;
    }
    // Own properties only: "constructor" or "toString" must not find Object.prototype's members.
    const parameter = Object.hasOwn(out.parameters, id) ? out.parameters[id] : undefined;
    if (!parameter) {
      return {
        ok: false,
        message: `${file}: parameters.${id}: there is no parameter "${id}"; the parameters are ${known.join(', ') || 'none'}. Add it in the app first.`,
      };
    }
    if (scenarioIndex < 0) {
      changes.push(`parameters.${id}.value ${parameter.value} -> ${value}`);
      parameter.value = value;
      continue;
    }
    // Through the app's own edit: an inherited override's range is kept, and the message says where
    // the value came from (its own override, a scenario it inherits from, or the parameter).
    const origin = parameterOrigin(out, scenarioId!, id)!;
    const set = setScenarioValue(out, scenarioId!, id, value);
    if (!set.ok) return { ok: false, message: formatDiagnostics(set.diagnostics, file) };
    out = set.value;
    const from =
      origin.source.kind === 'inherited'
        ? ` (inherited from scenario "${origin.source.from}")`
        : origin.source.kind === 'file'
          ? ' (the parameter)'
          : '';
    const range = origin.range ? ` (range ${origin.range.low} to ${origin.range.high} kept)` : '';
    changes.push(`scenarios[${scenarioIndex}].overrides.${id} ${origin.value}${from} -> ${value}${range}`);
  }
  return { ok: true, document: out, changes };
}

export const setCommand: CommandSpec = {
  name: 'set',
  summary: 'Change parameter values and save the file as a new revision (history kept).',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { scenario: { type: 'string' }, note: { type: 'string' }, milestone: { type: 'string' } },
      USAGE,
    );
    const [file, ...words] = positionals;
    if (!file) throw new UsageError(`Name the scenario file to change. Usage: ${USAGE}`);
    const assignments = parseParameterAssignments(words);
    const path = resolve(io.cwd, file);
    // Held from reading the file to replacing it: another `set` (or the app) saving the same file
    // waits for this one, so each change lands on the revision before it and none is lost.
    const locked = await lockScenarioFile(path);
    if (!locked.ok) return reportFileError(locked.error, io);
    try {
      return await setLocked(path, file, assignments, values, locked.value, io);
    } finally {
      await locked.value.release();
    }
  },
};

async function setLocked(
  path: string,
  file: string,
  assignments: Array<{ id: string; value: number }>,
  values: { scenario?: string; note?: string; milestone?: string },
  lock: FileLock,
  io: CliIO,
): Promise<number> {
  const opened = await openScenarioFile(path);
  if (!opened.ok) return (io.stderr(openFailure(opened.error, file)), EXIT_INVALID);
  const { outcome } = opened.value;
  if (!outcome.ok) {
    io.stderr(
      `${formatDiagnostics(outcome.diagnostics, file)}\n${file} was not changed; fix these problems first (causeway validate ${file}).`,
    );
    return EXIT_INVALID;
  }
  const edited = applyAssignments(outcome.document, assignments, values.scenario, file);
  if (!edited.ok) {
    io.stderr(edited.message);
    return EXIT_INVALID;
  }
  const problems = checkDocument(edited.document).filter((d) => d.severity === 'error');
  if (problems.length > 0) {
    io.stderr(`${formatDiagnostics(problems, file)}\n${file} was not changed.`);
    return EXIT_INVALID;
  }
  const saved = await saveScenarioFile({
    path: opened.value.path,
    document: edited.document,
    base: outcome.document,
    expected: opened.value.fingerprint,
    now: new Date().toISOString(),
    note: values.note,
    milestone: values.milestone,
    lock,
  });
  if (!saved.ok) return reportFileError(saved.error, io);
  const outside = outsideEditNotice(saved.value.document);
  io.stdout(
    `${file}: saved revision ${saved.value.revision}${outcome.migratedFrom !== null ? ` (migrated from schemaVersion ${outcome.migratedFrom}; the original is kept as ${file}.bak)` : ''}.\n${outside ? `${outside}\n` : ''}${edited.changes.map((c) => `  ${c}`).join('\n')}\n`,
  );
  return EXIT_OK;
}
