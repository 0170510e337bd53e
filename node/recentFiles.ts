/**
 * The recent-files list: pure list operations plus a small JSON store in the app's data folder.
 * Paths stay in main; the renderer sees names and tokens only.
 */
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite.ts';
import { nodeFs, type FsLayer } from './fsLayer.ts';

export interface RecentEntry {
  path: string;
  openedAt: string;
}

export const MAX_RECENT = 10;

/** Puts `path` first (once), keeping at most `max` entries. */
export function addRecent(
  list: readonly RecentEntry[],
  path: string,
  openedAt: string,
  max: number = MAX_RECENT,
): RecentEntry[] {
  return [{ path, openedAt }, ...list.filter((e) => e.path !== path)].slice(0, max);
}

export function removeRecent(list: readonly RecentEntry[], path: string): RecentEntry[] {
  return list.filter((e) => e.path !== path);
}

/** Reads whatever is usable from a stored list; a damaged store is an empty list, never an error. */
export function parseRecent(text: string): RecentEntry[] {
  try {
    const data = JSON.parse(text) as { recent?: unknown };
    if (!Array.isArray(data.recent)) return [];
    return data.recent
      .filter(
        (e): e is RecentEntry =>
          typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.openedAt === 'string',
      )
      .slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

export class RecentFilesStore {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly fs: FsLayer = nodeFs,
  ) {
    this.file = join(dataDir, 'recent-files.json');
  }

  async read(): Promise<RecentEntry[]> {
    try {
      return parseRecent((await this.fs.readFile(this.file)).toString('utf8'));
    } catch {
      return [];
    }
  }

  async write(list: readonly RecentEntry[]): Promise<void> {
    await this.fs.mkdir(join(this.file, '..'));
    await writeFileAtomic(this.file, JSON.stringify({ recent: list }, null, 2) + '\n', { fs: this.fs });
  }

  async add(path: string, openedAt: string): Promise<RecentEntry[]> {
    const list = addRecent(await this.read(), path, openedAt);
    await this.write(list);
    return list;
  }

  async remove(path: string): Promise<RecentEntry[]> {
    const list = removeRecent(await this.read(), path);
    await this.write(list);
    return list;
  }
}
