// Ids that are also object keys in the file: the editor must refuse what the loader refuses.
import { describe, expect, it } from 'vitest';
import { loadScenario, serialiseScenario, checkDocument } from '../../../models/index.ts';
import { minimalDocument } from './helpers.ts';

describe('ids the loader would refuse as object keys', () => {
  it('checkDocument refuses a parameter called "constructor" (the loader would refuse the saved file)', () => {
    const doc = minimalDocument();
    doc.parameters['constructor'] = { value: 1 };
    const diags = checkDocument(doc).filter((d) => d.severity === 'error');
    expect(diags.map((d) => [d.code, d.path])).toContainEqual(['ids.reserved', 'parameters.constructor']);
    expect(diags.find((d) => d.path === 'parameters.constructor')?.message).toMatch(/rename/);
  });

  it('checkDocument refuses a node called "prototype" (its layout key would be refused)', () => {
    const doc = minimalDocument();
    doc.logicModel.nodes.push({ id: 'prototype', stage: 'outcome', label: 'A node' });
    doc.logicModel.layout = { ...(doc.logicModel.layout ?? {}), prototype: { x: 0, y: 0 } };
    const diags = checkDocument(doc).filter((d) => d.severity === 'error');
    expect(diags.map((d) => [d.code, d.path])).toContainEqual([
      'ids.reserved',
      `logicModel.nodes[${doc.logicModel.nodes.length - 1}].id`,
    ]);
  });

  it('whatever checkDocument accepts, the saved file loads again', () => {
    for (const id of ['constructor', 'prototype', 'valueof', 'tostring']) {
      const doc = minimalDocument();
      doc.parameters[id] = { value: 1 };
      const accepted = !checkDocument(doc).some((d) => d.severity === 'error');
      if (accepted) expect(loadScenario(serialiseScenario(doc)).ok).toBe(true);
    }
  });
});
