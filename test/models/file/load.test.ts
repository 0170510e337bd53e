import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  formatDiagnostics,
  loadScenario,
  serialiseScenario,
  checkDocument,
  type Diagnostic,
} from '../../../models/index.ts';
import { MAX_DEPTH, MAX_FILE_CHARS, parseJsonText } from '../../../models/file/index.ts';
import { lineColumn } from '../../../models/file/parseJson.ts';
import { MINIMAL_TEXT, minimalDocument } from './helpers.ts';

describe('the good minimal fixture', () => {
  it('loads at the current version, not migrated, with only the baseline warnings it earns', () => {
    const outcome = loadScenario(MINIMAL_TEXT);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // Its machinery sector follows its own trend (1.2% GVA, 0% jobs a year: productivity 1.58 points
    // above Great Britain's machinery industry) from a 2021 level without a note (method.md section 14).
    expect(outcome.diagnostics.map((d) => d.code)).toEqual([
      'baseline.implausible-productivity',
      'baseline.outlier-data-year',
    ]);
    expect(outcome.migratedFrom).toBeNull();
    expect(outcome.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(outcome.document.logicModel.nodes.map((n) => n.id)).toEqual([
      'grant',
      'adoption_share',
      'adopters',
      'gva_uplift',
      'new_jobs',
    ]);
  });

  it('round-trips byte for byte through load and save', () => {
    expect(serialiseScenario(minimalDocument())).toBe(MINIMAL_TEXT);
  });

  it('passes checkDocument (which includes the engine checks) with nothing but those warnings', () => {
    expect(checkDocument(minimalDocument()).map((d) => d.severity)).toEqual(['warning', 'warning']);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const outcome = loadScenario(`\uFEFF${MINIMAL_TEXT}`);
    expect(outcome.ok).toBe(true);
  });

  it('accepts CRLF line endings', () => {
    expect(loadScenario(MINIMAL_TEXT.replace(/\n/g, '\r\n')).ok).toBe(true);
  });
});

describe('checkDocument on edited documents', () => {
  it('reports a dangling reference made by an edit, with its path', () => {
    const doc = minimalDocument();
    doc.logicModel.links[0]!.from = 'nowhere';
    const diags = checkDocument(doc);
    expect(diags).toContainEqual(
      expect.objectContaining({ code: 'ref.dangling', path: 'logicModel.links[0].from', severity: 'error' }),
    );
  });

  it('does not throw on a document with empty lists', () => {
    const doc = minimalDocument();
    doc.logicModel.nodes = [];
    doc.logicModel.links = [];
    doc.scenarios = [];
    expect(() => checkDocument(doc)).not.toThrow();
    expect(checkDocument(doc)).toContainEqual(
      expect.objectContaining({ code: 'scenarios.empty', severity: 'warning' }),
    );
  });

  it('a file with semantic errors still returns its document, with the errors', () => {
    const doc = minimalDocument();
    doc.interventions[0]!.additionality.deadweight = 2;
    const outcome = loadScenario(serialiseScenario(doc));
    expect(outcome.ok).toBe(false);
    expect(outcome.document?.interventions[0]?.additionality.deadweight).toBe(2);
  });
});

describe('parseJsonText', () => {
  it('converts offsets to line and column', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
  });

  it('reports the position of a syntax error', () => {
    const outcome = parseJsonText('{\n  "a": 1,\n  "b": tru e\n}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'json.syntax', path: '' });
    expect(outcome.diagnostics[0]!.message).toContain('line 3, column 8');
  });

  it('refuses a file over the size cap before parsing it', () => {
    const big = `{"pad": "${'x'.repeat(MAX_FILE_CHARS)}"}`;
    const outcome = loadScenario(big);
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics[0]?.code).toBe('json.too-large');
  });

  it('refuses nesting deeper than the cap without overflowing the stack, however deep', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(loadScenario(deep).diagnostics[0]?.code).toBe('json.too-deep');
    const atCap = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(parseJsonText(atCap).ok).toBe(true);
    const overCap = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    expect(parseJsonText(overCap).ok).toBe(false);
  });

  it('finds forbidden keys even when written with escapes', () => {
    const outcome = parseJsonText('{"a": [{"\\u005f_proto__": 1}]}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'json.forbidden-key', path: 'a[0].__proto__' });
  });

  it('finds duplicate keys per object, not across objects', () => {
    expect(parseJsonText('[{"a": 1}, {"a": 2}]').ok).toBe(true);
    const outcome = parseJsonText('{"x": {"a": 1, "b": 2, "a": 3}}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'json.duplicate-key', path: 'x.a' });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const cases = [
      '0',
      '-0.5e+3',
      '"\\u00e9\\n"',
      '[1, [2, {"a": null}]]',
      '{"a": true, "b": false}',
      '01',
      '1.',
      '.5',
      '+1',
      '"\t"',
      '"\\x"',
      '[1,]',
      'nul',
      '{"a" 1}',
      '1 2',
      '"\\ud800"',
    ];
    for (const c of cases) {
      let expected: boolean;
      try {
        JSON.parse(c);
        expected = true;
      } catch {
        expected = false;
      }
      expect(parseJsonText(c).ok, c).toBe(expected);
    }
  });
});

describe('formatDiagnostics', () => {
  it('writes one line per diagnostic, naming the file and the path', () => {
    const diags: Diagnostic[] = [
      {
        severity: 'error',
        code: 'json.truncated',
        path: '',
        message: 'The file ends unexpectedly at line 3, column 4.',
      },
      {
        severity: 'error',
        code: 'range.factor',
        path: 'interventions[0].additionality.deadweight',
        message: 'Deadweight is 1.2.',
      },
      {
        severity: 'warning',
        code: 'range.multiplier-low',
        path: 'interventions[0].additionality.multiplier',
        message: 'Multiplier below 1.',
      },
    ];
    expect(formatDiagnostics(diags, 'gm.causeway.json').split('\n')).toEqual([
      'gm.causeway.json: The file ends unexpectedly at line 3, column 4.',
      'gm.causeway.json: interventions[0].additionality.deadweight: Deadweight is 1.2.',
      'gm.causeway.json: interventions[0].additionality.multiplier: Warning: Multiplier below 1.',
    ]);
  });
});
