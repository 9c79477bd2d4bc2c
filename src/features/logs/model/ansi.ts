const ESC = '\u001b';
const BEL = '\u0007';

/**
 * ANSI escape sequences (colours, cursor moves, OSC titles and links) and the other C0 control
 * characters a terminal would not print. Tabs, line feeds and carriage returns stay: the line
 * splitter needs them. Built from constants so the control characters are spelled out once.
 */
const CONTROL = new RegExp(
  [
    `${ESC}\\[[0-?]*[ -/]*[@-~]`, // CSI: colours (SGR), cursor, erase
    // OSC: window titles, hyperlinks. An unterminated one ends with its line: it never hides later lines.
    `${ESC}\\][^${BEL}${ESC}\n]*(?:${BEL}|${ESC}\\\\)?`,
    `${ESC}[@-Z\\\\-_]`, // two-character escapes
    ESC, // a lone ESC at the end of a cut log
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]', // other control characters
  ].join('|'),
  'g',
);

/**
 * The characters that make a log need cleaning. `includes` is ~50 times faster than a character
 * class over a multi-megabyte log, so the common ones are checked this way; a log with only rarer
 * control characters (SOH…ACK, VT, FF, SO…US) is shown as is.
 */
const TELLTALES = [ESC, BEL, '\u0000', '\u0008', '\u007f'];

/** The text without ANSI escapes and non-printing control characters (colours are dropped, text kept). */
export function stripAnsi(text: string): string {
  return TELLTALES.some((character) => text.includes(character)) ? text.replace(CONTROL, '') : text;
}
