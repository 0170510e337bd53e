/**
 * Opaque tokens for files: main hands them out from dialogs, the recent list and the OS, and the
 * renderer gives them back. A compromised or buggy page can therefore only touch files the user
 * chose, never a path it made up.
 */
import { randomUUID } from 'node:crypto';
import type { ScenarioDocument } from '../models/index.ts';
import type { Fingerprint } from './fingerprint.ts';

export interface TokenEntry {
  path: string;
  /** The file as last opened or saved: a save refuses to overwrite it if it has changed since. */
  fingerprint: Fingerprint | null;
  /** The document as last opened or saved, whose history the next save continues. */
  base: ScenarioDocument | null;
}

export class FileTokens {
  private readonly byToken = new Map<string, TokenEntry>();
  private readonly byPath = new Map<string, string>();

  constructor(private readonly makeToken: () => string = randomUUID) {}

  /** The token for `path` (the same one while the app runs, so the renderer can compare them). */
  issue(path: string): string {
    const existing = this.byPath.get(path);
    if (existing) return existing;
    const token = this.makeToken();
    this.byToken.set(token, { path, fingerprint: null, base: null });
    this.byPath.set(path, token);
    return token;
  }

  resolve(token: string): TokenEntry | undefined {
    return this.byToken.get(token);
  }

  /** Every file handed out so far. */
  entries(): TokenEntry[] {
    return [...this.byToken.values()];
  }

  /** Records what the file behind `token` now is (after an open or a save). */
  update(token: string, state: Partial<Omit<TokenEntry, 'path'>>): void {
    const entry = this.byToken.get(token);
    if (entry) Object.assign(entry, state);
  }
}
