/**
 * Just enough Markdown to show the README's method note inside the app: paragraphs, **bold**,
 * `code` and [links](...) (shown as their text: the app never navigates away). Built as React
 * elements, never as HTML strings, so nothing in the text can inject markup. The section itself is
 * cut out by models' markdownSection, the one the reports quote the note through.
 */
import type { ReactNode } from 'react';

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)]+\))/g;

export function renderInline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\([^)]+\)$/.exec(part);
    if (link) return <span key={i}>{renderInline(link[1]!)}</span>;
    return part;
  });
}
