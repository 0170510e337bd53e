/**
 * A corpus of hostile scenario files, made at test time (nothing here is checked in): what the
 * issue 9 audit threw at the CLI, by kind. Each case is bytes for one file; `scale` picks sizes
 * (`quick` for `npm test`, `full` for `npm run test:hostile`, which adds the audit's biggest).
 * Files are schemaVersion 1 so that an older release can be measured on the same corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitRevision, type ScenarioDocument } from '../../models/index.ts';
import { createRandom } from '../../models/uncertainty/random.ts';

export type Scale = 'quick' | 'full';

export interface HostileFile {
  name: string;
  /** What the case is about, for the report. */
  group: 'encoding' | 'grammar' | 'envelope' | 'limits' | 'formulas' | 'results' | 'history' | 'text';
  bytes(): Uint8Array;
}

const BASE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'v1', 'minimal.causeway.json'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile documents are any shape by design
type Json = any;
const base = (): Json => JSON.parse(BASE);
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value, null, 1));

/** The base with `edit` applied. */
function doc(edit: (d: Json) => void): () => Uint8Array {
  return () => {
    const d = base();
    edit(d);
    return json(d);
  };
}

/** The base's text with bytes spliced into its title. */
function titleBytes(bytes: number[]): () => Uint8Array {
  return () => {
    const [before, after] = BASE.split(/(?<="title": ")/) as [string, string];
    const b = utf8(before);
    const a = utf8(after);
    const out = new Uint8Array(b.length + bytes.length + a.length);
    out.set(b);
    out.set(bytes, b.length);
    out.set(a, b.length + bytes.length);
    return out;
  };
}

/** A saved history of `n` revisions on the base (each changes a parameter), then `tamper` applied. */
function history(n: number, tamper: (d: Json) => void = () => undefined): () => Uint8Array {
  return () => {
    let d = commitRevision(null, base() as ScenarioDocument, { now: '2020-01-01T00:00:00.000Z', retention: false });
    for (let i = 2; i <= n; i++) {
      const next = structuredClone(d);
      next.parameters['p_support']!.value = 0.01 + i / 1e6;
      d = commitRevision(d, next, {
        now: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
        retention: false,
      });
    }
    tamper(d);
    return json(d);
  };
}

/** `n` revision records that each change one value back, written directly (as a script could). */
function longHistory(n: number): () => Uint8Array {
  return () => {
    const d = base();
    const start = Date.UTC(2020, 0, 1);
    d.meta.revision = n;
    d.history = {
      revisions: Array.from({ length: n + 1 }, (_, i) => ({
        revision: i,
        savedAt: new Date(start + i * 60_000).toISOString(),
        ...(i < n ? { reversePatch: [{ op: 'replace', path: '/meta/revision', value: i }] } : {}),
      })),
    };
    return json(d);
  };
}

const balancedSum = (xs: string[]): string =>
  xs.length === 1 ? xs[0]! : `(${balancedSum(xs.slice(0, xs.length >> 1))}+${balancedSum(xs.slice(xs.length >> 1))})`;

const copies = (n: number) =>
  Array.from({ length: n }, (_, k) => ({
    op: 'copy',
    from: '/parameters/p_support',
    path: `/parameters/p_support/x${k}`,
  }));

function deepMoves(levels: number) {
  const ops: unknown[] = [{ op: 'add', path: '/nest', value: {} }];
  for (let i = 0; i < levels; i++)
    ops.push(
      { op: 'add', path: '/holder', value: {} },
      { op: 'move', from: '/nest', path: '/holder/n' },
      { op: 'move', from: '/holder', path: '/nest' },
    );
  return ops;
}

/** The corpus at `scale`. */
export function hostileFiles(scale: Scale): HostileFile[] {
  const big = scale === 'full';
  const random = createRandom(9);
  const f = (group: HostileFile['group'], name: string, bytes: () => Uint8Array): HostileFile => ({
    name,
    group,
    bytes,
  });
  return [
    f('grammar', 'empty', () => new Uint8Array()),
    f('grammar', 'whitespace', () => utf8(' \n\t\r\n ')),
    f('grammar', 'bom-only', () => Uint8Array.of(0xef, 0xbb, 0xbf)),
    f('grammar', 'truncated', () => utf8(BASE.slice(0, BASE.length / 2))),
    f('grammar', 'not-json', () => utf8('format = "causeway.scenario"\n')),
    f('grammar', 'array', () => utf8('[1, 2, 3]')),
    f('grammar', 'nesting-100k', () => utf8('['.repeat(100_000) + ']'.repeat(100_000))),
    f('grammar', 'proto-key', () => utf8(BASE.replace('"meta": {', '"meta": {"__proto__": {"polluted": 1},'))),
    f('grammar', 'constructor-key', () => utf8(BASE.replace('"meta": {', '"meta": {"constructor": {"prototype": 1},'))),
    f('grammar', 'duplicate-keys', () => utf8(BASE.replace('"meta": {', '"meta": {"title": "a", "title": "b",'))),
    f('grammar', 'number-1e400', () => utf8(BASE.replace('"meta": {', '"meta": {"x": 1e400,'))),
    f('grammar', 'integer-beyond-2^53', () =>
      utf8(BASE.replace('"meta": {', '"meta": {"externalId": 12345678901234567890,')),
    ),
    f('grammar', 'integer-in-known-field', () => utf8(BASE.replace(/"gva": [\d.]+/, '"gva": 123456789012345678901'))),
    f('encoding', 'latin1', titleBytes([0xe9])),
    f('encoding', 'raw-surrogate', titleBytes([0xed, 0xa0, 0x80])),
    f('encoding', 'overlong', titleBytes([0xc0, 0xaf])),
    f('encoding', 'beyond-u10ffff', titleBytes([0xf4, 0x90, 0x80, 0x80])),
    f('encoding', 'utf16-bom', () => new Uint8Array([0xff, 0xfe, ...Buffer.from(BASE, 'utf16le')])),
    f('encoding', 'utf16-no-bom', () => new Uint8Array(Buffer.from(BASE, 'utf16le'))),
    f('encoding', 'random-bytes', () => Uint8Array.from({ length: 64 * 1024 }, () => Math.floor(random.next() * 256))),
    f('encoding', 'nul-bytes', () => utf8(BASE.replace('"meta"', '"me\u0000ta"'))),
    f(
      'envelope',
      'no-format',
      doc((d) => delete d.format),
    ),
    f(
      'envelope',
      'wrong-format',
      doc((d) => (d.format = 'something.else')),
    ),
    f(
      'envelope',
      'schema-999',
      doc((d) => (d.schemaVersion = 999)),
    ),
    f(
      'envelope',
      'schema-text',
      doc((d) => (d.schemaVersion = '1')),
    ),
    f(
      'envelope',
      'schema-negative',
      doc((d) => (d.schemaVersion = -1)),
    ),
    f(
      'envelope',
      'nodes-not-a-list',
      doc((d) => (d.logicModel.nodes = { a: 1 })),
    ),
    f(
      'envelope',
      'meta-missing',
      doc((d) => delete d.meta),
    ),
    f(
      'limits',
      'parameters-over',
      doc((d) => {
        for (let i = 0; i < (big ? 1_000_000 : 20_001); i++) d.parameters[`p${i}`] = { value: i };
      }),
    ),
    f(
      'limits',
      'nodes-over',
      doc((d) => {
        d.logicModel.nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, stage: 'input', label: 'n' }));
      }),
    ),
    f(
      'limits',
      'links-over',
      doc((d) => {
        d.logicModel.links = Array.from({ length: 50_001 }, (_, i) => ({ id: `l${i}`, from: 'grant', to: 'adopters' }));
      }),
    ),
    f(
      'limits',
      'sectors-over',
      doc((d) => {
        // Sectors without their notes, so that 200,000 of them fit under the file size limit.
        const { gva, jobs, dataYear, gvaGrowth, jobsGrowth } = d.baseline.sectors[0];
        const figures = { dataYear, gva, jobs, gvaGrowth, jobsGrowth };
        d.baseline.sectors = Array.from({ length: big ? 200_000 : 1_001 }, (_, i) => ({
          id: i === 0 ? 'ck' : `s${i}`, // the model's gva node names sector ck
          name: 's',
          ...figures,
        }));
      }),
    ),
    f(
      'limits',
      'scenarios-over',
      doc((d) => {
        d.scenarios = Array.from({ length: 201 }, (_, i) => ({ ...d.scenarios[0], id: `s${i}` }));
      }),
    ),
    f(
      'limits',
      'layout-over',
      doc((d) => {
        d.logicModel.layout = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`n${i}`, { x: i, y: i }]));
      }),
    ),
    f(
      'limits',
      'formula-chars-over',
      doc((d) => {
        // Balanced, so that each is a valid formula of about 10,000 characters that parses in full,
        // and each different (a constant of its own), so that no parse is shared.
        const formula = balancedSum(Array.from({ length: 819 }, () => 'p_support'));
        const count = big ? 4_500 : 210;
        for (let i = 0; i < count; i++)
          d.logicModel.nodes.push({ id: `f${i}`, stage: 'output', label: 'f', expr: `${formula}+${i}` });
      }),
    ),
    f(
      'limits',
      'one-formula-10001',
      doc((d) => (d.logicModel.nodes[0].expr = `${'1+'.repeat(5000)}1`)),
    ),
    f(
      'limits',
      'horizon-1e9-years',
      doc((d) => (d.horizon.endYear = 1_000_002_026)),
    ),
    f('limits', 'revisions-over', longHistory(big ? 200_000 : 10_001)),
    f('limits', 'revisions-10000', longHistory(big ? 10_000 : 2_000)),
    f(
      'formulas',
      'constructor',
      doc((d) => (d.logicModel.nodes[0].expr = 'constructor ? 5 : 6')),
    ),
    f(
      'formulas',
      'proto',
      doc((d) => (d.logicModel.nodes[0].expr = '__proto__')),
    ),
    f(
      'formulas',
      'tostring',
      doc((d) => (d.logicModel.nodes[0].expr = 'toString + valueOf')),
    ),
    f(
      'formulas',
      'evaluate',
      doc((d) => (d.logicModel.nodes[0].expr = 'evaluate("1+1")')),
    ),
    f(
      'formulas',
      'import',
      doc((d) => (d.logicModel.nodes[0].expr = 'import({}, {override: true})')),
    ),
    f(
      'formulas',
      'property-access',
      doc((d) => (d.logicModel.nodes[0].expr = 'p_support.constructor')),
    ),
    f(
      'formulas',
      'brackets-10k',
      doc((d) => (d.logicModel.nodes[0].expr = '('.repeat(4999) + '1' + ')'.repeat(4999))),
    ),
    f(
      'formulas',
      'assignment',
      doc((d) => (d.logicModel.nodes[0].expr = 'x = 1')),
    ),
    f(
      'formulas',
      'function-definition',
      doc((d) => (d.logicModel.nodes[0].expr = 'f(x) = x')),
    ),
    f(
      'formulas',
      'unlinked-references',
      doc((d) => {
        const sources = Array.from({ length: 1000 }, (_, k) => `s${k}`);
        for (const id of sources) d.logicModel.nodes.push({ id, stage: 'input', label: 's', expr: '1' });
        const sum = balancedSum(sources);
        for (let i = 0; i < (big ? 280 : 130); i++)
          d.logicModel.nodes.push({ id: `u${i}`, stage: 'output', label: 'u', expr: sum });
      }),
    ),
    f(
      'results',
      'gva-1.7e308',
      doc((d) => {
        d.baseline.sectors.push({ ...d.baseline.sectors[0], id: 'other' });
        for (const s of d.baseline.sectors) s.gva = 1.7e308;
      }),
    ),
    f(
      'results',
      'multiplier-1e308',
      doc((d) => (d.interventions[0].additionality.multiplier = 1e308)),
    ),
    f(
      'results',
      'optimism-bias-1e308',
      doc((d) => (d.appraisal.optimismBias = 1e308)),
    ),
    f(
      'results',
      'cost-nodes-1.7e308',
      doc((d) => {
        d.logicModel.nodes[0].expr = '1.7e308';
        d.logicModel.nodes.push({ ...d.logicModel.nodes[0], id: 'grant_two' });
      }),
    ),
    f(
      'history',
      'self-copy',
      history(3, (d) => (d.history.revisions[0].reversePatch = copies(big ? 40 : 16))),
    ),
    f(
      'history',
      'deep-moves',
      history(3, (d) => (d.history.revisions[0].reversePatch = deepMoves(big ? 50_000 : 5_000))),
    ),
    f(
      'history',
      'unknown-op',
      history(3, (d) => (d.history.revisions[1].reversePatch = [{ op: 'eval', path: '/meta' }])),
    ),
    f(
      'history',
      'proto-path',
      history(3, (d) => (d.history.revisions[1].reversePatch = [{ op: 'add', path: '/__proto__/x', value: 1 }])),
    ),
    f(
      'history',
      'format-patch',
      history(3, (d) => {
        for (const r of d.history.revisions) delete r.contentHash;
        d.history.revisions[1].reversePatch.push({ op: 'replace', path: '/format', value: 'x' });
      }),
    ),
    f(
      'history',
      'tampered-value',
      history(5, (d) => (d.history.revisions[1].reversePatch[0].value = 99)),
    ),
    f(
      'history',
      'deleted-record',
      history(6, (d) => d.history.revisions.splice(3, 1)),
    ),
    f(
      'history',
      'missing-patch',
      history(4, (d) => delete d.history.revisions[1].reversePatch),
    ),
    f(
      'history',
      'patch-not-a-list',
      history(3, (d) => (d.history.revisions[0].reversePatch = { op: 'add' })),
    ),
    f(
      'history',
      'huge-revision-numbers',
      history(3, (d) => (d.history.revisions[0].revision = 1e300)),
    ),
    f(
      'history',
      'garbage-times',
      history(3, (d) => (d.history.revisions[0].savedAt = '\u0000not a time')),
    ),
    f(
      'text',
      'terminal-escapes',
      doc((d) => {
        d.meta.title = 'Title \u001b]0;owned\u0007\u001b[2J\u009b31m';
        d.scenarios[0].name = 'bau \u202eevil';
      }),
    ),
  ];
}
