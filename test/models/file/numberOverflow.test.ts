// Numbers JSON allows but JavaScript cannot hold (1e400): refused with a path, never saved as null.
import { describe, expect, it } from 'vitest';
import { loadScenario, serialiseScenario, withUnknownFields } from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';

const minimal = (): Record<string, unknown> => JSON.parse(MINIMAL_TEXT) as Record<string, unknown>;

describe('numbers JavaScript cannot hold', () => {
  it('an unknown field holding 1e400 is refused with its path, not saved back as null', () => {
    const text = MINIMAL_TEXT.replace('"meta": {', '"meta": {\n    "xBig": 1e400,');
    const outcome = loadScenario(text);
    expect(outcome.ok).toBe(false);
    const d = outcome.diagnostics.find((x) => x.path === 'meta.xBig');
    expect(d?.code).toBe('json.number-overflow');
    expect(d?.message).toMatch(/too large/);
  });

  it('also inside lists of unknown objects and in revision patches', () => {
    const json = minimal();
    json['history'] = {
      revisions: [
        { revision: 1, savedAt: '2026-01-01T00:00:00Z', reversePatch: [{ op: 'replace', path: '/a', value: 7777 }] },
      ],
    };
    json['xTool'] = [{ a: [1, 8888] }];
    const text = JSON.stringify(json, null, 2).replace('7777', '-1e999').replace('8888', '2e308');
    const outcome = loadScenario(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics.map((x) => x.path).sort()).toEqual([
      'history.revisions[0].reversePatch[0].value',
      'xTool[0].a[1]',
    ]);
  });

  it('huge but finite numbers in unknown fields still round-trip', () => {
    const text = MINIMAL_TEXT.replace('"meta": {', '"meta": {\n    "xBig": 1e308,\n    "xTiny": 5e-324,');
    const outcome = loadScenario(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const again = loadScenario(serialiseScenario(outcome.document));
    expect(again.ok && withUnknownFields(again.document.meta)['xBig']).toBe(1e308);
    expect(again.ok && withUnknownFields(again.document.meta)['xTiny']).toBe(5e-324);
  });
});
