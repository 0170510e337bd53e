/**
 * Just enough Markdown to show the README's method note inside the app: paragraphs, **bold**,
 * `code` and [links](...) (shown as their text: the app never navigates away). Built as React
 * elements, never as HTML strings, so nothing in the text can inject markup.
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

/** The paragraphs of the section under `## heading` (up to the next `## `), joined across line breaks. */
export function markdownSection(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}
