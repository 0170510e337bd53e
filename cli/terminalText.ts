/**
 * What the CLI prints comes partly from files (titles, notes, ids, file names), and a terminal
 * obeys control characters: an escape sequence in a title could recolour the screen, rewrite the
 * window title, move the cursor over earlier lines or, on some terminals, answer back with input.
 * Every character a terminal could act on is therefore printed as a visible escape such as
 * `\u001b`: C0 controls except tab and newline (and a carriage return only before a newline, as
 * CSV line ends have it), DEL, C1 controls, and the Unicode format characters that reorder or hide
 * text (bidirectional overrides and isolates, line and paragraph separators). In JSON output this
 * is a valid escape of the same character, so `--json` stays exact; in CSV and tables it shows
 * what is there instead of letting it act.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
