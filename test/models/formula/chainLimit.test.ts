/**
 * A long flat chain of one operator (a + b + c + ...) is parsed as a deeply nested tree, so it hits
 * the formula depth limit; the refusal then says so in the terms the user wrote (how many terms,
 * which operator, split it), not "nests more than 200 levels deep" for a formula without brackets.
 */
import { describe, expect, it } from 'vitest';
import { analyseFormula } from '../../../models/index.ts';

const names = { nodes: ['grant'], parameters: ['budget', 'rate'] };
const chain = (terms: number, op: string) =>
  Array.from({ length: terms }, (_, k) => (k % 2 ? 'rate' : 'budget')).join(` ${op} `);

describe('a formula chaining too many terms', () => {
  it('is refused with the number of terms, the operator and the way out', () => {
    const analysis = analyseFormula(chain(250, '+'), names);
    expect(analysis.expr).toBeNull();
    expect(analysis.diagnostics).toHaveLength(1);
    const { code, message } = analysis.diagnostics[0]!;
    expect(code).toBe('formula.too-deep');
    expect(message).toBe(
      'The formula chains 250 terms with "+" in a row; a formula holds at most about 200: split it into intermediate boxes (each adding up part of the terms) and combine those.',
    );
  });

  it('names the operator of the chain, whichever it is', () => {
    expect(analyseFormula(chain(230, '*'), names).diagnostics[0]!.message).toMatch(
      /^The formula chains 230 terms with "\*"/,
    );
  });

  it('accepts a sum of 150 terms, and still speaks of brackets when brackets nest', () => {
    expect(analyseFormula(chain(150, '+'), names).diagnostics).toEqual([]);
    const nested = `${'('.repeat(120)}budget${')'.repeat(120)} * ${'('.repeat(100)}rate${')'.repeat(100)}`;
    expect(analyseFormula(nested, names).diagnostics).toEqual([]);
    const deep = analyseFormula(`${'abs('.repeat(150)}budget + ${'rate + '.repeat(60)}1${')'.repeat(150)}`, names);
    expect(deep.diagnostics[0]!.message).toMatch(/nests/);
  });
});
