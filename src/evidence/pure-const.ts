// Parser for GCC's -fdump-ipa-pure-const dump (<out-stem>.c.NNNi.pure-const). Verified on gcc 12.2:
//   Function found to be const: rd/2
//   Function found to be looping pure: po/6
//   Function found to be nothrow: od/3          (only with -fexceptions; C is nothrow by default)
//   Function found not to call free: sq/0        (ignored)
//   Declaration updated to be const: rd/2        (repeats the 'found' line; ignored)
// The IPA pass reports only what it discovers beyond the decl flags: functions the early local
// pure-const pass already marked (most simple leaf functions at -O2) do not appear.
import { parseDumpNode } from './node-name.js';

export type PureConstState = 'const' | 'pure' | 'looping const' | 'looping pure';

export interface PureConstRecord {
  function: string;
  order?: number;
  /** Final const/pure state the IPA propagation found, when it found one. */
  state?: PureConstState;
  nothrow: boolean;
  noreturn: boolean;
  malloc: boolean;
  /** 1-based dump line of the first fact. */
  line: number;
}

const STATE = /^Function found to be (looping )?(const|pure): (\S+)\s*$/;
const FLAG = /^Function found to be (nothrow|noreturn|malloc): (\S+)\s*$/;

export function parsePureConstDump(text: string): PureConstRecord[] {
  const byName = new Map<string, PureConstRecord>();
  const lines = text.split('\n');
  const recordFor = (node: string, line: number): PureConstRecord => {
    const { name, order } = parseDumpNode(node);
    let r = byName.get(name);
    if (!r) {
      r = { function: name, order, nothrow: false, noreturn: false, malloc: false, line };
      byName.set(name, r);
    }
    return r;
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    let m = STATE.exec(line);
    if (m) {
      recordFor(m[3], i + 1).state = `${m[1] ? 'looping ' : ''}${m[2]}` as PureConstState;
      return;
    }
    m = FLAG.exec(line);
    if (m) recordFor(m[2], i + 1)[m[1] as 'nothrow' | 'noreturn' | 'malloc'] = true;
  });
  return [...byName.values()];
}
