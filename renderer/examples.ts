/**
 * The embedded example files: every scenarios/*.causeway.json (imported as text, so they go through
 * the same load pipeline as a user's file), with a small built-in example as a fallback while that
 * folder is empty. The first is what the app opens on.
 */
import fallbackText from './fallbackExample.causeway.json?raw';

export interface Example {
  id: string;
  text: string;
}

const files = import.meta.glob('../scenarios/*.causeway.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const EXAMPLES: Example[] = (() => {
  const list = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ id: path.replace(/^.*\//, ''), text }));
  return list.length > 0 ? list : [{ id: 'example.causeway.json', text: fallbackText }];
})();
