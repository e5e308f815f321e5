// Code facts read from real gcc objects (x86-64 and ppc64le), and the graded cases of the rules built on
// them that a user-space pipeline fixture cannot reach: keys owned by a kernel module, sibling calls on
// ppc64, namespace imports, modversions CRCs. The pipeline cases are in test/pipeline/kernel-hazards.test.ts.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EM_PPC64, readObject } from '../../src/compare/elf.js';
import { codeFacts, exportFacts, symversCrcs } from '../../src/compare/special-sections.js';
import * as exportChange from '../../src/hazards/rules/export-change.js';
import * as siblingCall from '../../src/hazards/rules/sibling-call.js';
import * as staticBranch from '../../src/hazards/rules/static-branch.js';
import type { CodeFact } from '../../src/model.js';
import { GccFixture } from '../compare/gcc-fixture.js';
import { analysisWith, patchFunction } from './analysis-fixture.js';

const gcc = new GccFixture();
afterAll(() => gcc.cleanup());

const JUMP_LABEL = `struct static_key { int enabled; };
static inline __attribute__((always_inline)) int branch(struct static_key *key)
{
	asm goto("1: .byte 0x0f,0x1f,0x44,0x00,0x00\\n\\t.pushsection __jump_table, \\"aw\\"\\n\\t.balign 8\\n\\t"
		 ".long 1b - ., %l[l_yes] - .\\n\\t.quad %c0 - .\\n\\t.popsection\\n\\t" : : "i" (key) : : l_yes);
	return 0;
l_yes:
	return 1;
}
struct static_key mod_key;
extern struct static_key __tracepoint_lpg_event;
extern struct static_key elsewhere_key;
int keyed(int x)
{
	if (branch(&mod_key))
		x += 1;
	if (branch(&__tracepoint_lpg_event))
		x += 2;
	if (branch(&elsewhere_key))
		x += 3;
	return x;
}
`;

function patchOf(object: string, symbol: string, file: string) {
  return [{ object, functions: [patchFunction(symbol, file)] }];
}

describe('static-branch grades keys by where they live', () => {
  test('in a module: own key error, tracepoint warning, key from elsewhere warning; in vmlinux: notices', async () => {
    const obj = await gcc.object('keyed', JUMP_LABEL);
    const facts = codeFacts(obj, 'head', 'drivers/lpg/lpg.ko', 'drivers/lpg/keyed.c');
    const keyed = facts.find((f) => f.symbol === 'keyed') as CodeFact;
    expect(keyed.special[0].keys.map((k) => k.name)).toEqual(['mod_key', '__tracepoint_lpg_event', 'elsewhere_key']);
    const inModule = staticBranch.detect(analysisWith({ codeFacts: facts, patch: patchOf('drivers/lpg/lpg.ko', 'keyed', 'drivers/lpg/keyed.c') }));
    expect(inModule.map((f) => [f.message.match(/key '([^']+)'/)?.[1], f.severity])).toEqual([
      ['mod_key', 'error'],
      ['__tracepoint_lpg_event', 'warning'],
      ['elsewhere_key', 'warning'],
    ]);
    const vmlinuxFacts = codeFacts(obj, 'head', 'vmlinux', 'kernel/keyed.c');
    const inVmlinux = staticBranch.detect(analysisWith({ codeFacts: vmlinuxFacts, patch: patchOf('vmlinux', 'keyed', 'kernel/keyed.c') }));
    expect(inVmlinux.map((f) => f.severity)).toEqual(['notice']);
    expect(inVmlinux[0].message).toContain("static branch on key 'mod_key', a static branch on key '__tracepoint_lpg_event', a static branch on key 'elsewhere_key'");
  });

  test('a key the patch itself adds is an error even in vmlinux', async () => {
    const facts = codeFacts(await gcc.object('keyed', JUMP_LABEL), 'head', 'vmlinux', 'kernel/keyed.c');
    const findings = staticBranch.detect(analysisWith({
      codeFacts: facts,
      patch: patchOf('vmlinux', 'keyed', 'kernel/keyed.c'),
      dataDiffs: [{ owner: 'vmlinux', source: 'kernel/keyed.c', symbol: 'mod_key', section: '.bss', status: 'added', staticLocal: false }],
    }));
    expect(findings.find((f) => f.message.includes("'mod_key'"))?.severity).toBe('error');
  });
});

describe('sibling-call (ppc64le gcc)', () => {
  // gcc makes sibling calls to local functions only: an extern call on ppc64 needs the TOC-restoring nop.
  const SOURCE = `int other(int x);
static __attribute__((noinline)) int local_fn(int x) { return other(x) * 3; }
int tail(int x) { return local_fn(x + 1); }
int not_tail(int x) { return local_fn(x) + 1; }
`;

  function ppcObject(): string {
    const dir = path.join(gcc.dir, 'ppc');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 't.c'), SOURCE);
    try {
      execFileSync('powerpc64le-linux-gnu-gcc', ['-O2', '-ffunction-sections', '-c', 't.c', '-o', 't.o'], { cwd: dir, stdio: 'pipe' });
    } catch (err) {
      throw new Error(`this test needs the ppc64le cross compiler (apt-get install gcc-powerpc64le-linux-gnu): ${(err as Error).message}`);
    }
    return path.join(dir, 't.o');
  }

  test('a `b` to another function is a sibling call, a `bl` is not; only ppc64 reports it', async () => {
    const obj = await readObject(ppcObject());
    expect(obj.machine).toBe(EM_PPC64);
    const facts = codeFacts(obj, 'head', 'vmlinux', 'kernel/t.c');
    expect(facts.find((f) => f.symbol === 'tail')?.references).toEqual([{ name: 'local_fn', kind: 'tail-call', type: 'FUNC', section: '.text.local_fn' }]);
    expect(facts.find((f) => f.symbol === 'not_tail')?.references).toEqual([{ name: 'local_fn', kind: 'call', type: 'FUNC', section: '.text.local_fn' }]);
    const patch = [{ object: 'vmlinux', functions: [patchFunction('tail', 'kernel/t.c'), patchFunction('not_tail', 'kernel/t.c')] }];
    const findings = siblingCall.detect(analysisWith({ codeFacts: facts, patch }));
    expect(findings.map((f) => [f.symbol, f.severity])).toEqual([['tail', 'error']]);

    const x86 = codeFacts(await gcc.object('t', SOURCE), 'head', 'vmlinux', 'kernel/t.c');
    expect(x86.find((f) => f.symbol === 'tail')?.references).toEqual([{ name: 'local_fn', kind: 'tail-call', type: 'FUNC', section: '.text.local_fn' }]);
    expect(siblingCall.detect(analysisWith({ codeFacts: x86, patch }))).toEqual([]);
  });
});

describe('export-change', () => {
  const EXPORTING = (ns: string) => `int lpg_fn(int x) { return x + 1; }
asm("	.section \\"__ksymtab_strings\\",\\"aMS\\",%progbits,1\\n__kstrtab_lpg_fn:\\n	.asciz \\"lpg_fn\\"\\n"
    "__kstrtabns_lpg_fn:\\n	.asciz \\"${ns}\\"\\n	.previous\\n"
    "	.section \\"___ksymtab_gpl+lpg_fn\\", \\"a\\"\\n	.balign 4\\n__ksymtab_lpg_fn:\\n	.long lpg_fn - .\\n"
    "	.long __kstrtab_lpg_fn - .\\n	.long __kstrtabns_lpg_fn - .\\n	.previous\\n");
`;

  test('reads licence and namespace from the object, the CRC from the .cmd text; a CRC change is an error', async () => {
    const obj = await gcc.object('exp', EXPORTING('LPG_NS'));
    const crcs = symversCrcs('cmd_x := gcc ...\n#SYMVER lpg_fn 0x1234ABCD\n#SYMVER other 0x1\n');
    const [base] = exportFacts(obj, 'base', 'vmlinux', 'lib/exp.c', crcs);
    expect(base).toEqual({ side: 'base', owner: 'vmlinux', source: 'lib/exp.c', symbol: 'lpg_fn', license: '_gpl', namespace: 'LPG_NS', crc: '0x1234abcd' });
    const head = { ...base, side: 'head' as const, crc: '0x0badf00d' };
    const findings = exportChange.detect(analysisWith({ exports: [base, head] }));
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['error', "Export 'lpg_fn' changes its modversions CRC 0x1234abcd → 0x0badf00d."]]);
  });

  test('a patched function calling a namespaced export needs MODULE_IMPORT_NS (notice)', async () => {
    const obj = await gcc.object('exp', EXPORTING('LPG_NS'));
    const exporter = [...exportFacts(obj, 'base', 'vmlinux', 'lib/exp.c'), ...exportFacts(obj, 'head', 'vmlinux', 'lib/exp.c')];
    const user = codeFacts(await gcc.object('user', 'int lpg_fn(int x);\nint user(int x) { return lpg_fn(x) * 2; }\n'), 'head', 'vmlinux', 'kernel/user.c');
    const findings = exportChange.detect(analysisWith({ exports: exporter, codeFacts: user, patch: patchOf('vmlinux', 'user', 'kernel/user.c') }));
    expect(findings.map((f) => [f.severity, f.symbol, f.message])).toEqual([['notice', 'user', "'user' uses namespaced exports: the patch module needs MODULE_IMPORT_NS for LPG_NS (lpg_fn)."]]);
  });
});
