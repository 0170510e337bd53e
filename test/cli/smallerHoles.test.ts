/**
 * The smaller holes of issue 9 (failure 6): formula names that only JavaScript objects know, seeds
 * beyond what the generator uses, control characters reaching the terminal, and `--set` numbers
 * in hexadecimal, octal or binary.
 */
import { describe, expect, it } from 'vitest';
import { analyseFormula, loadScenario, serialiseScenario } from '../../models/index.ts';
import { parseAssignments } from '../../cli/args.ts';
import { escapeControls } from '../../cli/terminalText.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { folderWith, runCli } from '../helpers/cli.ts';

describe("formula names are looked up as the model's own, never through Object.prototype", () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])(
    '%s is an unknown name',
    (name) => {
      const r = analyseFormula(`${name} ? 5 : 6`, { nodes: ['a'], parameters: ['p'] });
      expect(r.expr).toBeNull();
      expect(r.diagnostics[0]?.code).toBe('formula.unknown-name');
    },
  );

  it('and a file using one does not load', () => {
    const doc = sampleDocument();
    doc.logicModel.nodes[0]!.expr = 'constructor ? 5 : 6';
    const outcome = loadScenario(serialiseScenario(doc));
    expect(outcome.ok).toBe(false);
    expect(
      outcome.diagnostics.some((d) => d.code === 'formula.unknown-name' && d.message.includes('"constructor"')),
    ).toBe(true);
  });

  it('pi and e still work', () => {
    expect(analyseFormula('pi + e', { nodes: [], parameters: [] }).diagnostics).toEqual([]);
  });
});

describe('seeds', () => {
  it('beyond the generator’s 32 bits are refused, naming the range', async () => {
    const { dir, file } = folderWith(sampleDocument());
    const run = await runCli(['run', file, '--samples', '10', '--seed', '4294967296'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--seed must be a whole number from 0 to 4,294,967,295/);
    const top = await runCli(['run', file, '--samples', '10', '--seed', '4294967295', '--json'], dir);
    expect(top.code).toBe(0);
    expect((JSON.parse(top.stdout) as { uncertainty: { seed: number } }).uncertainty.seed).toBe(4294967295);
  });
});

describe('control characters', () => {
  it('are shown as escapes, never sent to the terminal', () => {
    expect(escapeControls('a\u001b[31mred\u0007\u009b2J\u202eevil\r\nnext\ttab\rover')).toBe(
      'a\\u001b[31mred\\u0007\\u009b2J\\u202eevil\r\nnext\ttab\\u000dover',
    );
  });

  it('in titles and notes printed by run and history', async () => {
    const doc = sampleDocument();
    doc.meta.title = 'Title\u001b]0;owned\u0007';
    const { dir, file } = folderWith(doc);
    const run = await runCli(['run', file], dir);
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('Title\\u001b]0;owned\\u0007');
    const set = await runCli(['set', file, 'q=0.5', '--note', 'note\u001b[2J'], dir);
    expect(set.code).toBe(0);
    const history = await runCli(['history', file], dir);
    expect(history.stdout).toContain('note\\u001b[2J');
    expect(history.stdout).not.toContain('\u001b');
  });
});

describe('--set numbers', () => {
  it.each(['0x10', '0b101', '0o17', '1_000', '1,000', ' 5', 'Infinity', '-Infinity', 'NaN', '1e400', '5 '])(
    '%s is refused',
    (value) => {
      expect(() => parseAssignments([`p=${value}`])).toThrow(/must be a number in decimal notation/);
    },
  );

  it.each([
    ['0.25', 0.25],
    ['-3', -3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['+2', 2],
  ])('%s is read as %d', (text, value) => {
    expect(parseAssignments([`p=${text}`])['p']).toBe(value);
  });
});
