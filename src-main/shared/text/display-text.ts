/**
 * Text that came from outside (a bundle, a file name, a zip entry) is shown in the app, written in history and
 * printed on a terminal. Control characters can rewrite a terminal line (ESC sequences) or forge a line of history
 * (a newline); bidirectional overrides (U+202E…) show a name reversed, « fdp.exe » as « exe.pdf ». These pure
 * functions remove them; the main process applies them to what it receives, the renderer to what it shows.
 */

/** C0 controls but tab and line feed, DEL, C1 controls: matching them is the point of this file. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
/** Bidirectional marks, embeddings, overrides and isolates; the zero-width joiners and the BOM. */
const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g
const LINE_SEPARATORS = /[\u2028\u2029]/g

/** Multi-line text (a description, a history line): controls and bidi formatting removed, line breaks kept. */
export function cleanText(text: string): string {
  return text.replace(LINE_SEPARATORS, '\n').replace(CONTROLS, '').replace(INVISIBLE_FORMATTING, '')
}

/** A name on one line: the same, with line breaks and tabs turned into single spaces, trimmed. */
export function cleanName(text: string): string {
  return cleanText(text)
    .replace(/[\t\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}
