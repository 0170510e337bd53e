/**
 * Reads the imports of every source file and checks them against the layer rules (layers.test.ts).
 * Imports are found by TypeScript's own pre-processor (static, type-only, re-exports and dynamic
 * `import()` alike), not by a regular expression, and relative paths are resolved against the
 * importing file so `../../electron/x.ts` is known to be in electron/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** What an import points at: a file of this repository (path from the root) or a package. */
export type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string };

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  /** The import specifiers as written. */
  imports: string[];
}

export interface LayerRule {
  id: string;
  /** The rule in a sentence, shown with every violation. */
  rule: string;
  /** Which files the rule applies to. */
  appliesTo: (path: string) => boolean;
  /** Whether an import of such a file breaks the rule. */
  forbids: (target: Target, from: string) => boolean;
}

export interface Violation {
  rule: string;
  file: string;
  /** The specifier as written. */
  imports: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Every source file under `dirs` (relative to `root`), skipping `.d.ts` files; sorted. */
export function listSourceFiles(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return; // a folder that does not exist (yet) has no imports
    }
    for (const e of entries) {
      const path = posix.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(path);
      } else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push({ path, imports: importsOf(readFileSync(join(root, path), 'utf8')) });
      }
    }
  };
  for (const d of dirs) walk(d);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The module specifiers a file imports or re-exports, including `import type` and `import()`. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Resolves a specifier written in `from` (a repository path) to a repository file or a package. */
export function resolveTarget(from: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return { kind: 'file', path: posix.normalize(posix.join(posix.dirname(from), specifier)) };
  }
  // `node:fs/promises` is the package `node:fs`; `@xyflow/react/dist/x` is `@xyflow/react`.
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return { kind: 'package', name };
}

/** Every import that breaks a rule. */
export function findViolations(files: readonly SourceFile[], rules: readonly LayerRule[]): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    for (const rule of rules) {
      if (!rule.appliesTo(file.path)) continue;
      for (const specifier of file.imports) {
        if (rule.forbids(resolveTarget(file.path, specifier), file.path))
          out.push({ rule: rule.id, file: file.path, imports: specifier });
      }
    }
  }
  return out;
}

/** A violation as one line, the form the pending list uses. */
export const describeViolation = (v: Violation): string => `${v.rule}: ${v.file} imports ${v.imports}`;
