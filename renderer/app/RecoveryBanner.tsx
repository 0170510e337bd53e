/** Offers work that was autosaved but never saved (a crash, a closed tab) when the app starts. */
import { useEffect, useState } from 'react';
import { usePlatform } from '../store/context.tsx';
import { formatDateTime } from '../format.ts';
import type { RecoveryEntry } from '../platform/contract.ts';
import type { FileCommands } from './useFileCommands.ts';

export function RecoveryBanner({ files }: { files: FileCommands }) {
  const platform = usePlatform();
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  useEffect(() => {
    let live = true;
    void platform.listRecovery().then((r) => live && r.ok && setEntries(r.value));
    return () => {
      live = false;
    };
  }, [platform]);
  const entry = entries[0];
  if (!entry) return null;
  const discard = () => {
    void platform.discardRecovery(entry.id);
    setEntries((list) => list.slice(1));
  };
  // The recovered work exists only in memory until it is autosaved again, so the old copy is
  // deleted only once a new one holds the same text under another id (in Electron, this session's).
  // Where the platform keeps one entry per file (the browser), the autosave refreshes it in place.
  const recover = async () => {
    if (!files.confirmDiscard()) return;
    if (!files.openText(entry.text, { token: entry.token, name: entry.name, keepAsModified: true })) return;
    setEntries((list) => list.slice(1));
    const saved = await platform.autosave(entry.token, entry.name, entry.text);
    if (!saved.ok) return;
    const listed = await platform.listRecovery();
    if (listed.ok && listed.value.some((e) => e.id !== entry.id && e.text === entry.text))
      void platform.discardRecovery(entry.id);
  };
  return (
    <div className="banner" role="region" aria-label="Unsaved work found">
      <span>
        Unsaved work on <strong>{entry.name ?? 'an untitled scenario'}</strong> from {formatDateTime(entry.savedAt)} was
        kept.
      </span>
      <button type="button" className="btn btn--primary" onClick={() => void recover()}>
        Recover it
      </button>
      <button type="button" className="btn" onClick={discard}>
        Discard
      </button>
    </div>
  );
}
