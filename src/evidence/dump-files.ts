// Where GCC 12 writes the extra IPA dumps, verified here: `gcc -c t.c -o out/x.o
// -fdump-ipa-pure-const -fdump-ipa-icf-details` writes out/x.c.086i.pure-const and out/x.c.079i.icf
// (output stem + source suffix + pass number, which varies between GCC versions). With
// -flive-patching=inline-clone the passes do not run and no file is written.
import path from 'node:path';

/** The compiler flags that ask for the dumps these parsers read. */
export const EVIDENCE_FLAGS = ['-fdump-ipa-pure-const', '-fdump-ipa-icf-details'];

export type EvidenceDumpKind = 'pure-const' | 'icf';

/**
 * Which evidence dump a file in the object's directory is, for the object written by `-o object`
 * from `source`; null for any other file.
 */
export function evidenceDumpKind(fileName: string, object: string, source: string): EvidenceDumpKind | null {
  const stem = path.basename(object).replace(/\.[^.]*$/, '') + path.extname(source);
  const base = path.basename(fileName);
  if (!base.startsWith(`${stem}.`)) return null;
  const m = /^\.\d+i\.(pure-const|icf)$/.exec(base.slice(stem.length));
  return m ? (m[1] as EvidenceDumpKind) : null;
}
