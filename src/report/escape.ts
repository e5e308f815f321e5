// The one escaping layer: every string a PR or a build controls (paths, symbol and object names, hazard
// messages, dump text, and every field of a report read back from a file) goes through one of these on
// its way into an output format, so it can only ever show up as inert text. Our own fixed text is not
// escaped. One function per context:
//
//   plainText    terminal / annotations / SARIF messages: control characters made visible
//   mdText       Markdown prose (table cells, list items, inside <details>)
//   mdCode       Markdown names, shown as <code>
//   mdUrl        a URL we put in a Markdown link target (from configuration, never from a PR)
//   sarifUri     a repo-relative path as a SARIF artifactLocation.uri (RFC 3986, percent-encoded)
//   cString      a C string literal (with its quotes)
//   cComment     text inside a C /* comment */
//   cIdentifier  a C identifier made of a name

/**
 * Characters that move or hide text on a terminal or a web page: C0/C1 controls and DEL, the Unicode line
 * and paragraph separators, bidirectional overrides and isolates ("Trojan Source"), zero-width characters,
 * and lone surrogates (a forged report can hold them; they are not text).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** One line of plain text: every control or invisible character shown as an escape (`\n`, `\e`, `\u{202e}`). */
export function plainText(s: string): string {
  return String(s).replace(INVISIBLE, visible);
}

// Markdown: '&', '<' and '>' become entities, so no HTML (tags, comments, our <details>, our marker) can be
// written. Markdown punctuation is backslash-escaped where it could mean something, and left alone where
// it cannot, so names stay readable (and greppable) in the source: always \ ` * [ ] | ~ $ (code, emphasis,
// links, table pipes, strikethrough, math); '_' unless between two letters or digits (intraword '_' never
// makes emphasis); the '.' of 'www.' and the ':' of '://' (GFM autolinks are matched in the source text,
// where an escaped character is not one); and a block marker at the start (# - + = 1. 1)).
const MD_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const MD_SPECIAL = /[&<>\\`*[\]|~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|(?<=www)\.|:(?=\/\/)/gi;
const MD_BLOCK_START = /^([#+=-]|\d+(?=[.)]))/;
/** Word joiner (U+2060): invisible, and no name character, so the text on either side stays apart. */
const JOIN = '\u2060';

function mdInline(s: string): string {
  // After plainText, so the joiners added below are ours and never made visible.
  return plainText(s)
    .replace(MD_SPECIAL, (ch) => MD_ENTITY[ch] ?? `\\${ch}`)
    .replace(MD_BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * Markdown prose. GitHub links @mentions (and notifies the person), e-mail addresses, #123 / GH-123
 * references (and back-links the issue) and :emoji: in the rendered text, where backslashes are gone; a
 * word joiner after '@', '#', ':' and 'GH-' keeps them from forming.
 */
export function mdText(s: string): string {
  return mdInline(s).replace(/@|#|:(?=\w)|\bGH-/gi, (m) => m + JOIN);
}

/**
 * A name in Markdown, as <code>. GitHub leaves mentions, references and emoji inside code alone, but an
 * e-mail address is linked while parsing (the text of raw <code> is parsed like any), hence the joiner.
 */
export function mdCode(s: string): string {
  return `<code>${mdInline(s).replace(/@/g, `@${JOIN}`)}</code>`;
}

/** UTF-8 percent-encoding of every character outside `keep` (lone surrogates encode as U+FFFD, never throw). */
function percentEncode(s: string, keep: RegExp): string {
  let out = '';
  for (const ch of String(s)) {
    if (keep.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A link target: characters that would end the (...) or break out of the link are percent-encoded. */
export function mdUrl(url: string): string {
  return percentEncode(url, /^[A-Za-z0-9._~:/?#@!$&*+,;=%-]$/);
}

/** A repo-relative path as a URI reference: each segment percent-encoded (RFC 3986 unreserved kept), '/' kept. */
export function sarifUri(path: string): string {
  return String(path)
    .split('/')
    .map((seg) => percentEncode(seg, /^[A-Za-z0-9._~-]$/))
    .join('/');
}

/**
 * A C string literal, quotes included: printable ASCII as is except '"', '\\' and '?' (trigraphs), every
 * other byte of its UTF-8 encoding as an octal escape (octal stops after three digits; hex would run on).
 * '<' and '>' are escaped too: the skeleton is shown in the PR comment, where no PR string may write
 * anything that looks like HTML or our marker, not even inside a code block.
 */
export function cString(s: string): string {
  let out = '"';
  for (const b of Buffer.from(String(s), 'utf8')) {
    if (b === 0x22 || b === 0x5c || b === 0x3f) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f && b !== 0x3c && b !== 0x3e) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** Text inside a C block comment: no line breaks, nothing that ends or opens a comment, no '<' or '>' (as cString). */
export function cComment(s: string): string {
  return plainText(s)
    .replace(/\*\//g, '* /')
    // '/*' inside a comment is harmless C, but gcc -Wcomment (in -Wall; an error under the kernel's CONFIG_WERROR) rejects it.
    .replace(/\/\*/g, '/ *')
    .replace(/[<>]/g, (c) => (c === '<' ? '\\x3c' : '\\x3e'));
}

/** A C identifier made of a name: every character outside [A-Za-z0-9_] becomes '_'. */
export function cIdentifier(s: string): string {
  return String(s).replace(/[^A-Za-z0-9_]/g, '_');
}
