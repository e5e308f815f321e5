// The translation unit a dump comes from, when the caller did not say: inferred from the dump's
// name and the FILEs in it. Pure.
import type { DumpInfo } from './graph.js';

const DUMP_SUFFIX = /\.(?:wpa\.|ltrans\d+\.ltrans\.)?\d+i\.ipa-clones$/;

/**
 * The TU source of a dump the caller did not name: the FILE whose basename the dump is named after
 * (`out/fork.c.000i.ipa-clones`, or `prog-t.c...` for compile+link), else the most used non-header FILE.
 */
export function inferSources(dumps: DumpInfo[], nodeDump: Int32Array, nodeFile: Int32Array, files: string[]): void {
  const base = files.map((f) => f.slice(f.lastIndexOf('/') + 1));
  const header = files.map((f) => /\.(h|hh|hpp|hxx|inc)$/.test(f));
  // Nodes are in dump order, so each dump's nodes are one run: count its FILEs there.
  const count = new Int32Array(files.length);
  const seen: number[] = [];
  for (let from = 0; from < nodeDump.length; ) {
    const d = nodeDump[from];
    let to = from;
    while (to < nodeDump.length && nodeDump[to] === d) to++;
    if (dumps[d].source === null) {
      for (let n = from; n < to; n++) if (count[nodeFile[n]]++ === 0) seen.push(nodeFile[n]);
      const path = dumps[d].path;
      const stem = path.slice(path.lastIndexOf('/') + 1).replace(DUMP_SUFFIX, '');
      let byName: string | null = null;
      let byCount: string | null = null;
      let bestCount = 0;
      for (const f of seen) {
        const file = files[f];
        if (base[f] === stem || stem.endsWith(`-${base[f]}`)) {
          if (byName === null || file.length < byName.length) byName = file;
        }
        if (!header[f] && count[f] > bestCount) {
          byCount = file;
          bestCount = count[f];
        }
        count[f] = 0;
      }
      seen.length = 0;
      dumps[d].source = byName ?? byCount;
    }
    from = to;
  }
}
