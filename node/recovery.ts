/**
 * Crash recovery: the open document's unsaved text is kept in the app's data folder (debounced to
 * idle moments), listed on the next start if the app did not close cleanly, and removed on a clean
 * save or close. Each entry is one small JSON file written atomically, so a crash while autosaving
 * loses at most the last few seconds, never the previous autosave.
 */
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite.ts';
import { createIdleDebouncer, type IdleDebouncer, type Timers } from './debounce.ts';
import { hashText, type Fingerprint } from './fingerprint.ts';
import { errorCode, nodeFs, type FsLayer } from './fsLayer.ts';

export interface StoredRecovery {
  id: string;
  /** The file the work belongs to, or null for an untitled document. */
  path: string | null;
  name: string | null;
  savedAt: string;
  text: string;
  /**
   * The file as it was when the work was last opened or saved: after a crash, Save checks the file
   * against it (a conflict if someone changed it since) and continues the history it had.
   */
  fingerprint?: Pick<Fingerprint, 'sha256' | 'size'> | null;
}

function storedFingerprint(value: unknown): Pick<Fingerprint, 'sha256' | 'size'> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { sha256, size } = value as Record<string, unknown>;
  return typeof sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(sha256) &&
    typeof size === 'number' &&
    Number.isInteger(size) &&
    size >= 0
    ? { sha256, size }
    : null;
}

const FORMAT = 'causeway.recovery';

/**
 * A file-name-safe id for a document's recovery entry in this session: by path (or untitled) and
 * by `sessionKey`, a value new on every start. The session is part of the id so that what one
 * session autosaves or clears can never touch an entry an earlier session left after a crash: that
 * work is removed only when the user recovers or discards it, not because the same file was opened,
 * autosaved or saved again.
 */
export function recoveryId(path: string | null, sessionKey: string): string {
  return hashText(path ? `file:${sessionKey}:${path}` : `untitled:${sessionKey}`).slice(0, 24);
}

export class RecoveryStore {
  readonly folder: string;

  constructor(
    dataDir: string,
    private readonly fs: FsLayer = nodeFs,
  ) {
    this.folder = join(dataDir, 'recovery');
  }

  async write(entry: StoredRecovery): Promise<void> {
    await this.fs.mkdir(this.folder);
    await writeFileAtomic(
      join(this.folder, `${entry.id}.json`),
      JSON.stringify({ format: FORMAT, version: 1, ...entry }) + '\n',
      { fs: this.fs, mode: 0o600 },
    );
  }

  /** Entries newest first; unreadable ones are skipped (a half-written one cannot exist: writes are atomic). */
  async list(): Promise<StoredRecovery[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return [];
      throw e;
    }
    const out: StoredRecovery[] = [];
    for (const name of names.filter((n) => /^[0-9a-f]{24}\.json$/.test(n))) {
      try {
        const data = JSON.parse((await this.fs.readFile(join(this.folder, name))).toString('utf8')) as Record<
          string,
          unknown
        >;
        if (data['format'] !== FORMAT || typeof data['text'] !== 'string' || typeof data['savedAt'] !== 'string')
          continue;
        out.push({
          id: name.slice(0, -'.json'.length),
          path: typeof data['path'] === 'string' ? data['path'] : null,
          name: typeof data['name'] === 'string' ? data['name'] : null,
          savedAt: data['savedAt'],
          text: data['text'],
          fingerprint: storedFingerprint(data['fingerprint']),
        });
      } catch {
        // Unreadable: leave it for a person to look at rather than delete someone's work.
      }
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(id: string): Promise<void> {
    if (!/^[0-9a-f]{24}$/.test(id)) return;
    await this.fs.unlink(join(this.folder, `${id}.json`)).catch((e: unknown) => {
      if (errorCode(e) !== 'ENOENT') throw e;
    });
  }
}

/**
 * The question the app asks on start, e.g. `Restore unsaved changes to gm.causeway.json from 14:32?`
 * (with the date too when the work is not from today).
 */
export function recoveryPrompt(
  entry: Pick<StoredRecovery, 'name' | 'savedAt'>,
  options: { now: Date; timeZone?: string },
): string {
  const saved = new Date(entry.savedAt);
  const what = entry.name ? entry.name : 'an untitled scenario';
  if (Number.isNaN(saved.getTime())) return `Restore unsaved changes to ${what}?`;
  const tz = options.timeZone;
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: tz,
  }).format(saved);
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: tz }).format(d);
  const when = day(saved) === day(options.now) ? time : `${day(saved)}, ${time}`;
  return `Restore unsaved changes to ${what} from ${when}?`;
}

/** Debounced autosave into a RecoveryStore. */
export class Autosaver {
  private readonly debouncer: IdleDebouncer;
  /** The ids this session has autosaved (or is about to), with the latest text given for each. */
  private readonly latest = new Map<string, string>();
  /** Writes under way, so that clearing an entry waits for them instead of being undone by them. */
  private readonly writing = new Map<string, Promise<void>>();
  /** The last write's failure, so the app can say autosave is not working rather than fail silently. */
  lastError: unknown = null;

  constructor(
    private readonly store: RecoveryStore,
    private readonly now: () => string = () => new Date().toISOString(),
    options: { idleMs?: number; maxWaitMs?: number; timers?: Timers } = {},
  ) {
    this.debouncer = createIdleDebouncer({
      idleMs: options.idleMs ?? 3000,
      maxWaitMs: options.maxWaitMs ?? 30_000,
      timers: options.timers,
    });
  }

  /** Notes the latest unsaved text of a document; it is written once editing pauses. */
  schedule(entry: Omit<StoredRecovery, 'savedAt'>): void {
    this.latest.set(entry.id, entry.text);
    this.debouncer.trigger(entry.id, () => {
      const write = (async () => {
        try {
          await this.store.write({ ...entry, savedAt: this.now() });
          this.lastError = null;
        } catch (e) {
          this.lastError = e;
        }
      })();
      this.writing.set(entry.id, write);
      return write.finally(() => {
        if (this.writing.get(entry.id) === write) this.writing.delete(entry.id);
      });
    });
  }

  /**
   * After a clean save or close: forget the pending write and the stored entry. With `savedText`
   * (the text that was saved), an entry whose latest autosave is different text is kept: those are
   * edits made while the save was under way, and they are still unsaved. Returns whether it cleared.
   */
  async clear(id: string, savedText?: string): Promise<boolean> {
    const latest = this.latest.get(id);
    if (savedText !== undefined && latest !== undefined && latest !== savedText) return false;
    this.debouncer.cancel(id);
    this.latest.delete(id);
    await this.writing.get(id);
    // Newer work may have been scheduled while the write finished: it is not what was saved.
    if (this.latest.has(id)) return false;
    await this.store.discard(id);
    return true;
  }

  /** On a clean close: clears every entry this session wrote (never an earlier session's). */
  async clearAll(): Promise<void> {
    for (const id of [...this.latest.keys()]) await this.clear(id);
  }

  flushAll(): Promise<void> {
    return this.debouncer.flushAll();
  }
}
