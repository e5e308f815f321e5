// Parser for GCC's -fdump-ipa-icf-details dump (<out-stem>.c.NNNi.icf). Verified on gcc 12.2:
//   t.c:6:5: optimized: Semantic equality hit:ga/5->gb/6
// 'ga' is kept; 'gb' becomes an alias of it (or a wrapper that tail-calls it when its address must differ).
import { parseDumpNode } from './node-name.js';

export interface IcfMerge {
  /** The function kept. */
  kept: string;
  /** The function merged into it (now an alias or a thunk calling `kept`). */
  merged: string;
  /** Source location GCC printed before the message, when present. */
  file?: string;
  sourceLine?: number;
  /** 1-based dump line. */
  line: number;
}

const HIT = /^(?:(.+?):(\d+):\d+: [a-z-]+: )?Semantic equality hit:(\S+?)->(\S+)\s*$/;

export function parseIcfDump(text: string): IcfMerge[] {
  const merges: IcfMerge[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = HIT.exec(raw.trimEnd());
    if (!m) return;
    const merge: IcfMerge = { kept: parseDumpNode(m[3]).name, merged: parseDumpNode(m[4]).name, line: i + 1 };
    if (m[1]) {
      merge.file = m[1];
      merge.sourceLine = Number(m[2]);
    }
    merges.push(merge);
  });
  return merges;
}
