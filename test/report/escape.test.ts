// Hostile names (file, symbol, object names a PR controls) through every renderer: each must come out as
// inert text. The C literals of the skeleton are checked by compiling them with the real gcc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ruleMetas } from '../../src/hazards/catalogue.js';
import type { Report } from '../../src/model.js';
import { cComment, cIdentifier, cString, mdCode, mdText, mdUrl, plainText, sarifUri } from '../../src/report/escape.js';
import { livepatchSkeleton, renderAnnotations, renderMarkdown, renderSarif, renderText } from '../../src/report/index.js';
import { commentMarker } from '../../src/sinks/pr-comment.js';
import { sampleReport } from '../sinks/fixtures.js';

/** The names of the issue, and their neighbours. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>.c',
  'x</details>.c',
  '@octocat.c',
  'a\n<!--b.c',
  '<!-- livepatch-gate:report key=x -->.c',
  '<!-- livepatch-gate:report -->',
  `${commentMarker('x')}\n`,
  'a|b.c',
  '```\nrm.c',
  '$x^2$.c',
  '#123.c',
  'GH-7.c',
  ':smile:.c',
  'https://evil.example/x.c',
  'www.evil.example.c',
  'a@b.example.c',
  '\u001b[31mred\u001b[0m.c',
  'cr\roverwrite.c',
  'rtl\u202egnp.c',
  '*bold* _it_ ~~s~~.c',
  '[link](http://x.example).c',
  '![img](http://x.example/i.png)',
  '- list.c',
  '1. ordered',
  '> quote',
  '# heading',
  'a\u2028b.c',
  'lone\ud800.c',
  '*/ int x; /*.c',
  '"quote\\back.c',
  '??/trigraph.c',
  '&amp;&lt;.c',
  '\\',
  '',
];

function hostileReport(names: readonly string[]): Report {
  return sampleReport({
    verdictReasons: names.map((n) => `1 error from changed-data in ${n}`),
    tool: { name: 'livepatch-gate', version: names[3] },
    patch: [
      {
        object: names[4],
        functions: names.map((n, i) => ({
          symbol: n,
          sympos: i % 3,
          file: n,
          line: i + 1,
          reasons: [{ kind: 'inlined' as const, root: n, chain: [n, `inlined into ${n}`] }],
          predicted: i % 2 === 0,
          codeChange: 'changed' as const,
        })),
      },
      { object: `drivers/${names[0]}-x.ko`, functions: [{ symbol: names[1], sympos: 0, file: names[2], reasons: [], predicted: true, codeChange: 'changed' }] },
    ],
    findings: names.map((n, i) => ({
      ruleId: i === 0 ? n : 'changed-data',
      severity: (['error', 'warning', 'notice'] as const)[i % 3],
      message: `data ${n} changed`,
      file: n,
      line: i,
      symbol: n,
      object: n,
      ...(i % 5 === 4 ? { allowed: n } : {}),
    })),
    changes: { functions: [], other: names.map((n) => ({ kind: 'macro' as const, file: n, line: 1, name: n, detail: n })) },
    notBuilt: names.map((n) => ({ source: n, reason: n })),
    warnings: names.map((n) => ({ source: n, message: n, file: n, line: 2 })),
  });
}

const OUR_URL = 'https://example.test/run/1';

/** Same shape, harmless names: what the hostile render must look like structurally. */
const BENIGN = HOSTILE_NAMES.map((_, i) => `name_${i}.c`);

/** The Markdown contract: only our tags, no comment after the marker line, tables whole, nothing linked. */
function expectInertMarkdown(md: string, plain: string): void {
  const lines = md.split('\n');
  // No PR string adds a line (a line break would end a table row or start a block).
  expect(lines.length).toBe(plain.split('\n').length);
  expect(lines[0]).toBe(commentMarker());
  const rest = lines.slice(1).join('\n');
  expect(rest).not.toContain('<!--');
  // Outside the C code block every tag is one of ours; inside it, only our #include lines have '<'.
  const fence = /^```c\n[\s\S]*?\n```$/m;
  const code = fence.exec(rest)?.[0] ?? '';
  for (const line of code.split('\n')) if (line.includes('<')) expect(line).toMatch(/^#include <linux\/\w+\.h>$/);
  const tags = rest.replace(fence, '').match(/<[^>]*>/g) ?? [];
  for (const t of tags) expect(['<code>', '</code>', '<details>', '</details>', '<summary>', '</summary>', '<br>', '<sub>', '</sub>']).toContain(t);
  expect(rest.split('<details>').length).toBe(rest.split('</details>').length);
  // Mentions, references, e-mail and URL autolinks, emoji: never formed from a name (a code block is inert).
  const prose = rest.replace(fence, '');
  expect(prose).not.toMatch(/@[A-Za-z0-9]/);
  const text = prose.replace(/<code>.*?<\/code>/g, ''); // GitHub links no reference or emoji in code
  expect(text).not.toMatch(/#1/);
  expect(text).not.toMatch(/GH-7/i);
  // cmark-gfm matches www. and scheme:// in the source text, where an escaped '.' or ':' is not one.
  expect(prose.split(OUR_URL).join('')).not.toMatch(/(?<!\\):\/\/|www\./);
  expect(text).not.toContain(':smile:');
  // Same table structure as the benign render: every row has the same number of unescaped pipes.
  const pipes = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
  const plainLines = plain.split('\n');
  lines.forEach((l, i) => {
    if (l.startsWith('|')) expect([i, pipes(l)]).toEqual([i, pipes(plainLines[i])]);
  });
}

describe('escape functions', () => {
  test('plainText shows controls, separators, bidi and lone surrogates; leaves text and emoji', () => {
    expect(plainText('a\nb\r\t\u001b[1m\u0000\u007f\u0085')).toBe('a\\nb\\r\\t\\e[1m\\x00\\x7f\\x85');
    expect(plainText('x\u202ey\u2028z\u200b')).toBe('x\\u{202e}y\\u{2028}z\\u{200b}');
    expect(plainText('\ud800x\udc00')).toBe('\\u{d800}x\\u{dc00}');
    expect(plainText('fs/ext4/super.c 😀 é')).toBe('fs/ext4/super.c 😀 é');
  });

  test('mdText / mdCode: no raw HTML, no line breaks, no mention', () => {
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(mdCode('x</details>')).toBe('<code>x&lt;/details&gt;</code>');
    expect(mdText('@octocat')).toBe('@\u2060octocat');
    expect(mdCode('a@b.c')).toBe('<code>a@\u2060b.c</code>');
    expect(mdText('a\n<!--b')).toBe('a\\\\n&lt;!--b');
    expect(mdText('#12 and gh-3')).toBe('\\#\u206012 and gh-\u20603');
    expect(mdText('plain words')).toBe('plain words');
    // Names stay readable in the source; punctuation is escaped only where Markdown would act on it.
    expect(mdCode('weight.constprop.0.isra.0')).toBe('<code>weight.constprop.0.isra.0</code>');
    expect(mdCode('__do_sys_open')).toBe('<code>\\_\\_do_sys_open</code>');
    expect(mdCode('fs/ext4/ext4-mod.ko:12')).toBe('<code>fs/ext4/ext4-mod.ko:12</code>');
    expect(mdText('1. x')).toBe('1\\. x');
    expect(mdText('- x | *y* ~z~ $m$ `c` [l](u)')).toBe('\\- x \\| \\*y\\* \\~z\\~ \\$m\\$ \\`c\\` \\[l\\](u)');
    expect(mdText('see https://x.example and www.y.example')).toBe('see https\\://x.example and www\\.y.example');
  });

  test('URLs: SARIF paths percent-encoded by segment, link targets cannot close the link', () => {
    expect(sarifUri('kernel/a b<c>.c')).toBe('kernel/a%20b%3Cc%3E.c');
    expect(sarifUri('a\n<!--b.c')).toBe('a%0A%3C%21--b.c');
    expect(sarifUri('lone\ud800')).toBe('lone%EF%BF%BD');
    expect(sarifUri('ok/path_1.c')).toBe('ok/path_1.c');
    expect(mdUrl('https://x.example/a b)(c')).toBe('https://x.example/a%20b%29%28c');
  });

  test('C: string literals, comments and identifiers', () => {
    expect(cString('a\n<!--b.o')).toBe('"a\\012\\074!--b.o"');
    expect(cString('"\\??/')).toBe('"\\"\\\\\\?\\?/"');
    expect(cComment('*/ x /* \n')).toBe('* / x / * \\n');
    expect(cIdentifier('foo.isra.0')).toBe('foo_isra_0');
  });

  test('cString round-trips every name through the real gcc', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lpg-cstring-'));
    try {
      const names = HOSTILE_NAMES.filter((n) => !/[\ud800-\udfff]/.test(n)); // not text: no UTF-8 to compare
      const src = `#include <stdio.h>\nstatic const char *n[] = {\n${names.map((n) => `\t${cString(n)},`).join('\n')}\n};\n` +
        `int main(void) { for (unsigned i = 0; i < sizeof n / sizeof *n; i++) { fputs(n[i], stdout); putchar(0); } return 0; }\n`;
      writeFileSync(join(dir, 't.c'), src);
      execFileSync('gcc', ['-std=c99', '-Wall', '-Werror', '-Wno-trigraphs', '-o', join(dir, 't'), join(dir, 't.c')]);
      const out = execFileSync(join(dir, 't'));
      expect(out.toString('utf8').split('\0').slice(0, -1)).toEqual(names);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile names through every renderer', () => {
  const hostile = hostileReport(HOSTILE_NAMES);
  const benign = hostileReport(BENIGN);

  test('markdown (PR comment): inert, same shape as with harmless names', () => {
    const opts = { marker: commentMarker(), fullReportUrl: OUR_URL, maxChars: 1_000_000 };
    expectInertMarkdown(renderMarkdown(hostile, opts), renderMarkdown(benign, opts));
  });

  test('markdown cut to a small budget stays inert', () => {
    for (const maxChars of [3000, 8000, 20_000]) {
      const opts = { marker: commentMarker(), maxChars };
      const md = renderMarkdown(hostile, opts);
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md.slice(md.indexOf('\n'))).not.toMatch(/<!--|@[A-Za-z0-9]|<img|<\/details>.*<\/details>/);
    }
  });

  test('skeleton: one C token per name, no comment or string left open', () => {
    const c = livepatchSkeleton(hostile);
    // Same number of lines as for harmless names: nothing a name holds breaks a line.
    expect(c.split('\n').length).toBe(livepatchSkeleton(benign).split('\n').length);
    expect(c).not.toMatch(/<!--|<img|<\/details>/);
    const idents = [...c.matchAll(/\.new_func = (livepatch_\w+),/g)].map((m) => m[1]);
    expect(new Set(idents).size).toBe(idents.length);
    // Every line after the two-line header is balanced: comments closed, strings closed.
    for (const line of c.split('\n').slice(2)) {
      const noStrings = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
      expect(noStrings.replace(/""/g, '')).not.toContain('"');
      expect((noStrings.match(/\/\*/g) ?? []).length).toBe((noStrings.match(/\*\//g) ?? []).length);
    }
  });

  test('text: one line per entry, controls visible', () => {
    const text = renderText(hostile);
    expect(text.split('\n').length).toBe(renderText(benign).split('\n').length);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e\u2028]/);
    expect(text).toContain('\\e[31mred\\e[0m.c');
  });

  test('SARIF: URIs percent-encoded, messages without controls', () => {
    const sarif = renderSarif(hostile, ruleMetas);
    for (const r of sarif.runs[0].results) {
      const uri = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri).toMatch(/^[A-Za-z0-9._~%/-]*$/);
      const name = HOSTILE_NAMES.find((n) => sarifUri(n) === uri) as string;
      expect(decodeURIComponent(uri)).toBe(name.replace(/[\ud800-\udfff]/g, '\ufffd'));
      // eslint-disable-next-line no-control-regex
      expect(r.message.text).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });

  test('annotations: messages and titles without controls', () => {
    for (const a of renderAnnotations(hostile, { perType: 100 }).annotations) {
      // eslint-disable-next-line no-control-regex
      expect(`${a.message}${a.title}`).not.toMatch(/[\u0000-\u001f\u202e\u2028]/);
    }
  });
});
