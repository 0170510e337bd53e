/**
 * A browser without the File System Access API cannot write back to the file it opened: Save then
 * downloads a copy. The adapter marks such results so the app can say where the file went instead of
 * claiming it overwrote the original.
 */
import type { SavedFile } from './contract.ts';

export type BrowserSavedFile = SavedFile & { downloaded?: boolean };

export function savedByDownload(saved: SavedFile): boolean {
  return (saved as BrowserSavedFile).downloaded === true;
}
