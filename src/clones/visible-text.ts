// Names and paths in a dump are data a pull request controls: printed raw, an ESC sequence drives the
// reader's terminal and a CR overwrites the line it is on. In the text report every control character
// is shown as an escape instead. (Local until the shared escaping layer of src/report lands; the clone
// reader sits below src/report and must not import up, so that layer would move down to be shared.)

// C0 controls, DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with control characters as `\xHH` (or `\u{HHHH}`); everything else as is. */
export function visibleText(s: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
