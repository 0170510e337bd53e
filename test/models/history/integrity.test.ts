/**
 * The revision hash and cutting a damaged history: SHA-256 against published test vectors, the
 * tree hash against a hand computation of its definition (docs/contracts.md section 1), cached
 * digests against fresh ones after random patches, and cutHistory.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  commitRevision,
  contentHashOf,
  cutHistory,
  listRevisions,
  reconstructRevision,
  revisionContent,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { sha256, toHex, utf8Bytes } from '../../../models/history/sha256.ts';
import { TreeHasher } from '../../../models/history/contentHash.ts';
import { applyChecked } from '../../../models/history/patchApply.ts';
import { checkPatch } from '../../../models/history/patchShape.ts';
import { at, sampleDocument } from './fixture.ts';

const hex = (text: string) => toHex(sha256(utf8Bytes(text)));

describe('sha256', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto around every padding boundary and on non-ASCII text', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha256(bytes)), `length ${n}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const text = 'Greater Manchester £1,234.5m — “quotes” 😀';
    expect(hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('the tree hash', () => {
  const node = (text: string | Buffer | Uint8Array) => createHash('sha256').update(text).digest();

  it('is the documented definition, computed by hand', () => {
    // {"a": 1, "b": [true, null]}: the array is "[" + "true,null"; the object "{" + entries in key order.
    const array = node('[true,null');
    const object = node(Buffer.concat([Buffer.from('{"a":1,"b":#'), array]));
    expect(contentHashOf({ b: [true, null], a: 1 })).toBe(`tree-sha256:${object.toString('hex')}`);
    // More than 64 entries: groups of 64 between "<" and ">", then "[*" and the group digests.
    const items = Array.from({ length: 70 }, (_, i) => i);
    const g1 = node(`<${items.slice(0, 64).join(',')}>`);
    const g2 = node(`<${items.slice(64).join(',')}>`);
    const big = node(Buffer.concat([Buffer.from('[*'), g1, g2]));
    const top = node(Buffer.concat([Buffer.from('{"x":#'), big]));
    expect(contentHashOf({ x: items })).toBe(`tree-sha256:${top.toString('hex')}`);
  });

  it('ignores key order and history, and sees every change of content', () => {
    const doc = sampleDocument();
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as ScenarioDocument;
    expect(contentHashOf(reordered)).toBe(contentHashOf(doc));
    expect(contentHashOf({ ...doc, history: { revisions: [] } })).toBe(contentHashOf(doc));
    const changed = structuredClone(doc);
    changed.parameters['q']!.value = 0.41;
    expect(contentHashOf(changed)).not.toBe(contentHashOf(doc));
    const swapped = structuredClone(doc);
    swapped.baseline.sectors.reverse();
    expect(contentHashOf(swapped)).not.toBe(contentHashOf(doc));
  });

  it('keeps cached digests only where a patch left the content alone (property)', () => {
    const keys = Array.from({ length: 90 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const base = () => ({
      list: Array.from({ length: 150 }, (_, i) => ({ v: i })),
      map: Object.fromEntries(keys.map((k, i) => [k, { v: i }])),
      leaf: 1,
    });
    const op = fc.oneof(
      fc.record({ op: fc.constant('replace'), path: fc.nat(149).map((i) => `/list/${i}/v`), value: fc.integer() }),
      fc.record({ op: fc.constant('remove'), path: fc.nat(100).map((i) => `/list/${i}`) }),
      fc.record({ op: fc.constant('add'), path: fc.nat(100).map((i) => `/list/${i}`), value: fc.integer() }),
      fc.record({
        op: fc.constant('replace'),
        path: fc.constantFrom(...keys).map((k) => `/map/${k}/v`),
        value: fc.integer(),
      }),
      fc.record({
        op: fc.constant('add'),
        path: fc.string({ minLength: 1, maxLength: 4 }).map((k) => `/map/n${k.replace(/[~/]/g, '')}`),
        value: fc.integer(),
      }),
      fc.record({ op: fc.constant('remove'), path: fc.constantFrom(...keys).map((k) => `/map/${k}`) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (patches) => {
        const content = base();
        const hasher = new TreeHasher();
        hasher.hashOf(content);
        const budget = { work: 1e9, size: 0, maxSize: 1e9 };
        for (const patch of patches) {
          const checked = checkPatch(patch);
          if (!checked.ok) continue;
          try {
            applyChecked(content, checked.ops, budget, hasher.touch);
          } catch {
            return; // an operation that does not apply (a removed key): the content is partly patched
          }
          expect(hasher.hashOf(content)).toBe(new TreeHasher().hashOf(content));
        }
      }),
    );
  });
});

function history(n: number): ScenarioDocument {
  let doc = commitRevision(null, sampleDocument(), { now: at(0), retention: false });
  for (let i = 2; i <= n; i++) {
    const next = structuredClone(doc);
    next.parameters['q']!.value = i / 10;
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  return doc;
}

describe('cutHistory', () => {
  it('leaves an intact history alone', () => {
    const doc = history(3);
    const cut = cutHistory(doc);
    expect(cut.damage).toBeNull();
    expect(cut.document).toBe(doc);
    expect(cut.kept).toEqual([1, 2, 3]);
  });

  it('cuts at the last revision that rebuilds and checks, keeping the content', () => {
    const doc = history(5);
    (doc.history!.revisions[1]!.reversePatch![0] as { value: unknown }).value = 99; // revision 2 tampered
    const cut = cutHistory(doc);
    expect(cut.damage?.code).toBe('history.hash-mismatch');
    expect(cut.kept).toEqual([3, 4, 5]);
    expect(cut.dropped).toEqual([1, 2]);
    expect(revisionContent(cut.document)).toEqual(revisionContent(doc));
    expect(listRevisions(cut.document).every((r) => r.restorable && r.verified)).toBe(true);
    const three = reconstructRevision(cut.document, 3);
    expect(three.ok && three.value.parameters['q']!.value).toBe(0.3);
  });

  it('starts a fresh record when the file was changed outside Causeway since its last save', () => {
    const doc = history(3);
    doc.meta.title = 'Edited in a text editor';
    expect(listRevisions(doc).map((r) => r.restorable)).toEqual([true, false, false]);
    const cut = cutHistory(doc);
    expect(cut.damage?.code).toBe('history.edited');
    expect(cut.kept).toEqual([3]);
    expect(listRevisions(cut.document)).toEqual([
      expect.objectContaining({ revision: 3, restorable: true, verified: true }),
    ]);
  });
});
