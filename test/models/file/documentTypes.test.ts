/**
 * The document types are derived from the zod shape (models/document.ts), so the shape is defined
 * once. The lines marked @ts-expect-error are checked by `npm run typecheck`: if a misspelt field
 * compiled, the directive would be unused and the typecheck would fail.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  loadScenario,
  serialiseScenario,
  updateNode,
  withUnknownFields,
  type AppraisalSettings,
  type DistributionKind,
  type Layout,
  type LogicNode,
  type ParameterOverride,
  type ScenarioDocument,
  type Stage,
} from '../../../models/index.ts';
import { minimalDocument } from './helpers.ts';

describe('document types derived from the shape', () => {
  it('refuse misspelt fields, read or written', () => {
    const doc = minimalDocument();
    const node = doc.logicModel.nodes[0]!;
    // @ts-expect-error -- "lable" is not a field of a node
    expect(node.lable).toBeUndefined();
    // @ts-expect-error -- "apprasial" is not a field of a document
    expect(doc.apprasial).toBeUndefined();
    // @ts-expect-error -- a misspelt field in an edit does not compile either
    updateNode(doc, node.id, { lable: 'Grant' });
    const settings: AppraisalSettings = {
      optimismBias: 0.1,
      // @ts-expect-error -- nor in an object literal of a document part
      discountRat: 0.03,
    };
    expect(settings.optimismBias).toBe(0.1);
  });

  it('keep the fields the shape declares, with their types', () => {
    expectTypeOf<LogicNode['stage']>().toEqualTypeOf<Stage>();
    expectTypeOf<LogicNode['expr']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ScenarioDocument['parameters'][string]['distribution']>().toEqualTypeOf<
      DistributionKind | undefined
    >();
    expectTypeOf<ParameterOverride>().toMatchTypeOf<number | { value: number; low?: number; high?: number }>();
    expectTypeOf<Layout[string]>().toEqualTypeOf<{ x: number; y: number }>();
    expectTypeOf<ScenarioDocument['format']>().toEqualTypeOf<'causeway.scenario'>();
  });

  it('still carry unknown fields through load and save, reached by bracket', () => {
    const doc = minimalDocument();
    withUnknownFields(doc.logicModel.nodes[0]!)['x-tool'] = { kept: true };
    const again = loadScenario(serialiseScenario(doc));
    if (!again.ok) throw new Error('did not load');
    expect(withUnknownFields(again.document.logicModel.nodes[0]!)['x-tool']).toEqual({ kept: true });
  });
});
