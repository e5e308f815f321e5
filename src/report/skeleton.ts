// A starting point for the livepatch module: klp_func entries per klp_object, from the patch list.
import { klpObjectName } from '../compare/kallsyms.js';
import type { PatchObject, Report } from '../model.js';
import { cComment, cIdentifier, cString } from './escape.js';
import { coverageText, referrersText, shortCommit } from './format.js';

export { klpObjectName };

/** C identifiers made of names, unique: 'foo.isra.0' and 'foo_isra_0' would both be 'foo_isra_0'. */
function identifiers(reserved: string[] = []): (name: string) => string {
  const used = new Set<string>(reserved);
  return (name) => {
    const base = cIdentifier(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}

/** The replacement function of a klp_func is `livepatch_<ident>`; these are the module's own functions. */
const MODULE_FUNCTIONS = ['init', 'exit'];

// Names and paths come from the PR (and, in comment mode, from a report file): they reach the C text only
// as string literals, comments or identifiers made by escape.ts.
//
// The result is a module source that compiles against the head build as it is (`make M=`): the klp_funcs'
// replacement functions are declared, not defined, so their bodies (the head versions, renamed) go in this
// file or in a second .c file of the module. The declared prototype is a placeholder: the report knows
// symbol names, not C signatures, and a clone (.isra/.constprop) has an ABI of its own.
export function livepatchSkeleton(report: Report): string {
  const funcIdent = identifiers(MODULE_FUNCTIONS);
  const objIdent = identifiers();
  const out: string[] = [
    `/* livepatch skeleton from livepatch-gate ${cComment(report.tool.version)}: ${cComment(shortCommit(report.base))}..${cComment(shortCommit(report.head))}.`,
    ' * Review every entry; each new_func needs the head version of the function, renamed. */',
    '#include <linux/module.h>',
    '#include <linux/kernel.h>',
    '#include <linux/livepatch.h>',
    '',
  ];
  const replacements = report.patch.flatMap((o) => o.functions.map((f) => ({ f, ident: `livepatch_${funcIdent(f.symbol)}` })));
  const identOf = new Map(replacements.map((r) => [r.f, r.ident]));
  if (replacements.length > 0) {
    out.push(
      '/* Replacement functions: each needs the prototype and the head body of the function it replaces */',
      "/* (a clone keeps the clone's ABI, which can differ from the source prototype; (void) is a placeholder). */",
      '/* Define them here or in another .c file of this module (Kbuild: obj-m := m.o, m-y := this.o bodies.o). */',
      ...replacements.map(({ f, ident }) => `void ${ident}(void); /* ${cComment(f.symbol)} ${cComment(f.file)}${f.line ? `:${Math.trunc(f.line)}` : ''} */`),
      '',
    );
  }
  const notRedirectable = report.unpatchable.filter((u) => u.coverage !== 'not-needed');
  if (notRedirectable.length > 0) {
    out.push('/* Not klp_funcs: livepatch cannot redirect these on the base kernel. The new version is reached', ' * through the functions that call them or take their address, which are listed below. */');
    for (const u of notRedirectable) {
      const pos = u.sympos > 0 ? `,${Math.trunc(u.sympos)}` : '';
      out.push(`/* ${cComment(`${u.object}: ${u.symbol}${pos}: ${u.detail}; ${coverageText(u)}: ${referrersText(u) || 'nothing reaches it'}`)} */`);
    }
    out.push('');
  }
  const objs: string[] = [];
  // report.patch holds exactly the klp_funcs; what else the change reaches is listed as comments.
  const others = (list: PatchObject[], object: string) => list.find((o) => o.object === object)?.functions ?? [];
  const notKlp = (object: string) => [...others(report.newFunctions, object), ...others(report.vanished, object), ...others(report.notNeeded, object)];
  for (const obj of report.patch) {
    const object = obj.object;
    const name = klpObjectName(obj.object);
    const ident = `funcs_${objIdent(name ?? 'vmlinux')}`;
    out.push(`/* ${cComment(obj.object)} */`, `static struct klp_func ${ident}[] = {`);
    for (const f of notKlp(object)) {
      out.push(`\t/* ${cComment(f.symbol)}: ${cComment(f.notPatched ?? 'not a klp_func')} */`);
    }
    for (const f of obj.functions) {
      const sympos = f.sympos > 0 ? ` .old_sympos = ${Math.trunc(f.sympos)},` : '';
      const clone = f.symbol.includes('.') ? ' /* clone: keep its ABI */' : '';
      out.push(`\t{ .old_name = ${cString(f.symbol)}, .new_func = ${identOf.get(f)},${sympos} },${clone}`);
    }
    out.push('\t{ }', '};', '');
    objs.push(`\t{ .name = ${name === null ? 'NULL /* vmlinux */' : cString(name)}, .funcs = ${ident}, },`);
  }
  // An object with nothing to replace gets no klp_object; say what the change reached there.
  const patched = new Set(report.patch.map((o) => o.object));
  for (const object of new Set([...report.newFunctions, ...report.vanished, ...report.notNeeded].map((o) => o.object))) {
    if (patched.has(object)) continue;
    out.push(`/* ${cComment(object)}: no klp_func */`, ...notKlp(object).map((f) => `/*\t${cComment(f.symbol)}: ${cComment(f.notPatched ?? 'not a klp_func')} */`), '');
  }
  out.push('static struct klp_object objs[] = {', ...objs, '\t{ }', '};', '');
  out.push('static struct klp_patch patch = {', '\t.mod = THIS_MODULE,', '\t.objs = objs,', '};', '');
  out.push(
    'static int livepatch_init(void)',
    '{',
    '\treturn klp_enable_patch(&patch);',
    '}',
    '',
    'static void livepatch_exit(void)',
    '{',
    '}',
    '',
    'module_init(livepatch_init);',
    'module_exit(livepatch_exit);',
    'MODULE_LICENSE("GPL");',
    'MODULE_INFO(livepatch, "Y");',
  );
  return out.join('\n');
}
