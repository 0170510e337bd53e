/**
 * The hash each revision record carries (`contentHash`), so that a damaged or tampered history is
 * detected instead of restored: SHA-256 over the revision's content (the document without
 * `history`) as a tree, defined in docs/contracts.md section 1 and repeated here.
 *
 * - A primitive is written as its JSON text (JSON.stringify).
 * - An object's entries are taken in key order (UTF-16 code units, as Array.prototype.sort), each
 *   written as `JSON.stringify(key) ":" child`; an array's items in order, each as `child`; a child
 *   is its JSON text if it is a primitive, or "#" and the 32 bytes of its own digest if it is an
 *   object or an array.
 * - With at most 64 entries, the container's digest is SHA-256 of "{" (or "[") followed by its
 *   entries joined by ",". With more, the entries are cut into consecutive groups of 64, each group's
 *   digest is SHA-256 of "<" + its entries joined by "," + ">", and the container's digest is
 *   SHA-256 of "{*" (or "[*") followed by the group digests.
 * - The record holds "tree-sha256:" and the root's digest in lower-case hexadecimal.
 *
 * A tree rather than the serialised text, for two reasons. Key order: the digest does not depend
 * on the serialiser's field order, which a new schema version changes. Speed: checking a history
 * rebuilds every revision, and digests of containers an operation did not touch are kept (by
 * object identity, in a WeakMap), so each revision costs only what its patch changed: a parameter
 * edit in a 2,000-node model rehashes a few groups, not the whole megabyte.
 */
import { sha256, toHex, utf8Bytes } from './sha256.ts';
import type { Change } from './patchApply.ts';

export const CONTENT_HASH_PREFIX = 'tree-sha256:';
const GROUP = 64;

type Container = Record<string, unknown> | unknown[];

interface Cached {
  digest: Uint8Array | null;
  /** Object keys in order (objects only). */
  keys: string[] | null;
  /** Group digests, when the container has more than GROUP entries. */
  groups: Array<Uint8Array | null>;
}

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

const COMMA = 0x2c;
const HASH = 0x23;

/** Accumulates bytes for one digest without repeated concatenation. */
class Bytes {
  private parts: Uint8Array[] = [];
  length = 0;
  push(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
  }
  byte(b: number): void {
    this.push(Uint8Array.of(b));
  }
  digest(): Uint8Array {
    const all = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      all.set(p, at);
      at += p.length;
    }
    return sha256(all);
  }
}

/** Digests of one document's containers, kept until an operation reports a change (see `touch`). */
export class TreeHasher {
  private readonly cache = new WeakMap<object, Cached>();
  /** Bytes hashed so far: what checking a history costs. */
  hashedBytes = 0;

  /** The record form of `content`'s digest: "tree-sha256:<hex>". `skip` leaves out top-level keys (history). */
  hashOf(content: Container, skip: readonly string[] = ['history']): string {
    return CONTENT_HASH_PREFIX + toHex(this.digest(content, skip));
  }

  /** Drops what a change of `container` at `key` makes stale (pass as a patch's `touch`). */
  touch: (container: object, key: string, change: Change) => void = (container, key, change) => {
    const cached = this.cache.get(container);
    if (!cached) return;
    cached.digest = null;
    if (Array.isArray(container)) {
      const group = Math.floor(Number(key) / GROUP);
      if (change === 'keys') cached.groups.length = Math.min(cached.groups.length, group);
      else if (group < cached.groups.length) cached.groups[group] = null;
      return;
    }
    if (change === 'keys' || cached.keys === null) {
      this.cache.delete(container);
      return;
    }
    const position = binarySearch(cached.keys, key);
    if (position >= 0 && Math.floor(position / GROUP) < cached.groups.length)
      cached.groups[Math.floor(position / GROUP)] = null;
  };

  private digest(container: Container, skip: readonly string[] = []): Uint8Array {
    let cached = this.cache.get(container);
    if (cached?.digest && skip.length === 0) return cached.digest;
    if (!cached || skip.length > 0) {
      const keys = Array.isArray(container)
        ? null
        : Object.keys(container)
            .filter((k) => !skip.includes(k))
            .sort();
      cached = { digest: null, keys, groups: [] };
      if (skip.length === 0) this.cache.set(container, cached);
    }
    const count = cached.keys ? cached.keys.length : (container as unknown[]).length;
    const open = Array.isArray(container) ? 0x5b : 0x7b;
    const out = new Bytes();
    out.byte(open);
    if (count <= GROUP) {
      this.entries(container, cached.keys, 0, count, out);
    } else {
      out.byte(0x2a);
      for (let g = 0; g * GROUP < count; g++) {
        let group = cached.groups[g];
        if (!group) {
          const part = new Bytes();
          part.byte(0x3c);
          this.entries(container, cached.keys, g * GROUP, Math.min(count, (g + 1) * GROUP), part);
          part.byte(0x3e);
          group = this.finish(part);
          cached.groups[g] = group;
        }
        out.push(group);
      }
    }
    cached.digest = this.finish(out);
    return cached.digest;
  }

  private entries(container: Container, keys: string[] | null, from: number, to: number, out: Bytes): void {
    for (let i = from; i < to; i++) {
      if (i > from) out.byte(COMMA);
      let value: unknown;
      if (keys) {
        const key = keys[i]!;
        out.push(utf8Bytes(`${JSON.stringify(key)}:`));
        value = (container as Record<string, unknown>)[key];
      } else value = (container as unknown[])[i];
      if (isContainer(value)) {
        out.byte(HASH);
        out.push(this.digest(value));
      } else out.push(utf8Bytes(JSON.stringify(value) ?? 'null'));
    }
  }

  private finish(bytes: Bytes): Uint8Array {
    this.hashedBytes += bytes.length;
    return bytes.digest();
  }
}

function binarySearch(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = sorted[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The content hash of a document (its history left out), computed from scratch. */
export function contentHashOf(doc: object): string {
  return new TreeHasher().hashOf(doc as Container);
}
