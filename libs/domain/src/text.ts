/**
 * A control character in text: C0 (but tab, line feed and carriage return, which free text
 * may hold), DEL, C1, and the Unicode line and paragraph separators. PostgreSQL refuses NUL
 * in text, and the rest corrupt logs, exports and screens.
 */
export function controlCharacterIn(text: string, multiline: boolean): boolean {
  return (multiline ? MULTILINE_CONTROL : SINGLE_LINE_CONTROL).test(text);
}

/** `text` with every control character (tabs and line breaks too) replaced by U+FFFD. */
export function withoutControlCharacters(text: string): string {
  return text.replace(ANY_CONTROL, '\ufffd');
}

// eslint-disable-next-line no-control-regex
const MULTILINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A text cell for a CSV or XLSX export that a spreadsheet will not run as a formula (OWASP
 * CSV injection): one starting with =, +, -, @, a tab or a carriage return gets a leading '.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * How much a note says: its letters and digits (in any script), so neither spaces nor a row
 * of dots make a short note long enough.
 */
export function meaningfulLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
