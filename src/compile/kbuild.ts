// Kbuild knowledge, pure: .config values, the query that asks Kbuild itself which objects a
// configuration builds and what each links into, and the per-object `.name.o.cmd` files.
import path from 'node:path';

export type ConfigValues = Map<string, string>;

/** `CONFIG_FOO=y` lines of a .config; `# CONFIG_FOO is not set` and absent symbols are simply missing. */
export function parseDotConfig(text: string): ConfigValues {
  const values: ConfigValues = new Map();
  for (const line of text.split('\n')) {
    const m = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (m) values.set(m[1], m[2].replace(/^"(.*)"$/, '$1'));
  }
  return values;
}

/**
 * The makefile livepatch-gate hands to Kbuild (through `MAKEFILES=`, so every make of the walk reads it
 * before its own makefiles) to ask which objects the configuration builds: Kbuild evaluates its own
 * Makefiles (variables, `ifdef`, `obj-$(CONFIG_X) += dir/`, composites, `lib-y`), we only print the lists
 * scripts/Makefile.lib computed. The top Makefile prints what vmlinux links and starts at the root Kbuild
 * file like its `$(build-dir)` rule; each scripts/Makefile.build instance prints its directory, then
 * descends into `$(subdir-ym)` passing need-builtin/need-modorder as Kbuild's own descent rule does. With
 * LPG_WANT set, only directories on the way to those listed are entered. Each make writes its lines to
 * its own file in LPG_OUT (parallel makes never interleave). Rules here are read before
 * Kbuild's makefiles, so the descent runs from a recipe (`lpg-fanout`, this file again).
 */
export const KBUILD_QUERY_MK = `# written by livepatch-gate (src/compile/kbuild.ts); read through MAKEFILES=
ifndef lpg-query-mk
lpg-query-mk := $(lastword $(MAKEFILE_LIST))
ifeq ($(MAKECMDGOALS),lpg-fanout)
lpg-fanout: $(LPG_SUBS)
$(LPG_SUBS):
	$(Q)$(MAKE) -f $(srctree)/scripts/Makefile.build obj=$@ \\
	need-builtin=$(if $(filter $@/built-in.a,$(LPG_BUILTIN)),1) \\
	need-modorder=$(if $(filter $@/modules.order,$(LPG_MODORDER)),1) \\
	lpg-query
.PHONY: lpg-fanout $(LPG_SUBS)
else ifeq ($(CURDIR),$(LPG_OBJTREE))
lpg-strip = $(patsubst $(obj)/%,%,$1)
lpg-members = $(addprefix $(obj)/,$(call real-search,$(call lpg-strip,$1),.o,$2))
lpg-subs = $(if $(LPG_WANT),$(foreach d,$(subdir-ym),$(if $(filter $d $d/%,$(LPG_WANT)),$d)),$(subdir-ym))
lpg-walk:
	@printf '%s\\n' 'T $(KBUILD_VMLINUX_OBJS)' 'U $(KBUILD_VMLINUX_LIBS)' > $(LPG_OUT)/top
	$(Q)$(MAKE) -f $(srctree)/scripts/Makefile.build obj=. need-builtin=1 need-modorder=1 lpg-query
lpg-query:
	@printf '%s\\n' 'D $(obj) $(if $(need-builtin),1,0) $(if $(need-modorder),1,0)' \\
	  'Y $(obj) $(real-obj-y)' 'L $(obj) $(lib-y)' 'S $(obj) $(subdir-ym)' \\
	  $(foreach m,$(filter %.o,$(obj-m)),'M $(obj) $m $(call lpg-members,$m,-objs -y -m)') \\
	  $(foreach m,$(multi-obj-y),'C $(obj) $(obj)/$(call lpg-strip,$m) $(call lpg-members,$m,-objs -y)') \\
	  $(if $(filter .,$(obj)),'F . $(subst $(squote),,$(c_flags))') > $(LPG_OUT)/d-$(subst /,+,$(obj))
	$(if $(lpg-subs),$(Q)$(MAKE) -f $(lpg-query-mk) LPG_SUBS='$(lpg-subs)' LPG_BUILTIN='$(subdir-builtin)' LPG_MODORDER='$(subdir-modorder)' lpg-fanout)
.PHONY: lpg-walk lpg-query
endif
endif
`;

/** Where Kbuild puts one object: linked into vmlinux, or into a module. */
export interface KbuildObject {
  /** Object path relative to the output dir, e.g. 'fs/ext4/inode.o'. */
  object: string;
  /** 'vmlinux' or the module, e.g. 'fs/ext4/ext4.ko'. */
  owner: string;
  /** The composite object it is a part of ('fs/ext4/ext4.o'), when there is one. */
  composite?: string;
}

/** What the walk learned: the directories Kbuild entered and the objects it links. */
export interface KbuildInventory {
  /** Directory (relative, '.' for the root) -> the subdirectories Kbuild descends into from it. */
  dirs: Map<string, { builtin: boolean; modorder: boolean; subdirs: string[] }>;
  /** Files every C compile command forces in with `-include` (absolute, as Kbuild spells them). */
  forcedIncludes: string[];
  /** Object -> where it is linked. Objects Kbuild lists but does not link (obj-y of a directory entered
   *  for modules only, lib-y of a lib.a vmlinux does not link) are absent. */
  objects: Map<string, KbuildObject>;
}

/** Parses the output of the query makefile's `lpg-walk` (line kinds T U D Y L S M C F). */
export function parseKbuildWalk(text: string): KbuildInventory {
  const dirs: KbuildInventory['dirs'] = new Map();
  const lists = new Map<string, { y: string[]; lib: string[]; mods: string[][]; composites: string[][] }>();
  const linked = new Set<string>();
  const forcedIncludes: string[] = [];
  const listFor = (dir: string) => {
    let l = lists.get(dir);
    if (!l) lists.set(dir, (l = { y: [], lib: [], mods: [], composites: [] }));
    return l;
  };
  for (const line of text.split('\n')) {
    const [kind, ...words] = line.trim().split(/\s+/);
    if (kind === 'T' || kind === 'U') {
      for (const w of words) linked.add(w.replace(/^\.\//, ''));
      continue;
    }
    const [dir, ...rest] = words;
    if (!dir) continue;
    if (kind === 'F') {
      rest.forEach((w, i) => rest[i - 1] === '-include' && forcedIncludes.push(w));
      continue;
    }
    if (kind === 'D') dirs.set(dir, { builtin: rest[0] === '1', modorder: rest[1] === '1', subdirs: dirs.get(dir)?.subdirs ?? [] });
    else if (kind === 'S') dirs.set(dir, { ...(dirs.get(dir) ?? { builtin: false, modorder: false }), subdirs: rest });
    else if (kind === 'Y') listFor(dir).y.push(...rest);
    else if (kind === 'L') listFor(dir).lib.push(...rest);
    else if (kind === 'M') listFor(dir).mods.push(rest);
    else if (kind === 'C') listFor(dir).composites.push(rest);
  }
  const objects: KbuildInventory['objects'] = new Map();
  for (const [dir, l] of lists) {
    const d = dirs.get(dir);
    if (!d) continue;
    const compositeOf = new Map<string, string>();
    for (const [composite, ...members] of l.composites) for (const m of members) compositeOf.set(m, composite);
    // obj-y objects reach vmlinux through built-in.a, which Kbuild makes only with need-builtin.
    if (d.builtin) for (const o of l.y.filter((x) => x.endsWith('.o'))) objects.set(o, { object: o, owner: 'vmlinux', composite: compositeOf.get(o) });
    if (linked.has(`${dir === '.' ? '' : dir + '/'}lib.a`)) {
      for (const o of l.lib.filter((x) => x.endsWith('.o'))) if (!objects.has(o)) objects.set(o, { object: o, owner: 'vmlinux' });
    }
    // A module is linked (modules.order, modpost) only where Kbuild collects modules.order.
    if (d.modorder) {
      for (const [mod, ...members] of l.mods) {
        const owner = mod.replace(/\.o$/, '.ko');
        for (const o of members.length > 0 ? members : [mod]) {
          if (!objects.has(o)) objects.set(o, { object: o, owner, composite: members.length > 0 ? mod : undefined });
        }
      }
    }
  }
  return { dirs, forcedIncludes, objects };
}

export type SourceVerdict = { built: true; object: KbuildObject } | { built: false; reason: string };

/**
 * Whether the configuration builds `source` (repo-relative `.c`) into vmlinux or a module, from a walk
 * that entered the source's directory if Kbuild enters it. The reason names where Kbuild stops.
 */
export function sourceVerdict(inv: KbuildInventory, source: string): SourceVerdict {
  const object = source.replace(/\.c$/, '.o');
  const found = inv.objects.get(object);
  if (found) return { built: true, object: found };
  const dir = path.posix.dirname(source);
  const d = inv.dirs.get(dir);
  if (d) {
    if (!d.builtin && !d.modorder) return { built: false, reason: `Kbuild enters ${dir}/ but links nothing from it into vmlinux or a module under this configuration` };
    return { built: false, reason: `${dir}/Makefile does not link ${path.posix.basename(object)} into vmlinux or a module under this configuration` };
  }
  // The nearest directory Kbuild entered on the way, and the child it did not descend into.
  for (let child = dir; child !== '.'; ) {
    const parent = path.posix.dirname(child);
    if (inv.dirs.has(parent)) {
      const where = parent === '.' ? 'the top level' : `${parent}/`;
      return { built: false, reason: `Kbuild does not enter ${child}/ for vmlinux or a module under this configuration (it enters ${where}, nothing there lists ${child}/)` };
    }
    child = parent;
  }
  return { built: false, reason: `Kbuild does not enter ${dir}/ for vmlinux or a module under this configuration` };
}

/** What a Kbuild `.name.o.cmd` file says about one object. */
export interface KbuildCmd {
  /** The compile command line as saved by Kbuild (shell syntax). */
  commandLine: string;
  /** `source_...` path (absolute for O= builds). */
  source?: string;
  /** Dependencies (headers), without the $(wildcard include/config/...) entries. */
  deps: string[];
}

/** Parses `cmd_<obj> :=` (Linux <= 6.2) or `savedcmd_<obj> :=` (6.3+), `source_` and `deps_`. */
export function parseKbuildCmd(text: string): KbuildCmd | null {
  const lines = text.split('\n');
  let commandLine: string | undefined;
  let source: string | undefined;
  const deps: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cmd = /^(?:saved)?cmd_\S+ := (.*)$/.exec(line);
    if (cmd && commandLine === undefined) {
      commandLine = cmd[1];
      continue;
    }
    const src = /^source_\S+ := (.*)$/.exec(line);
    if (src) {
      source = src[1].trim();
      continue;
    }
    if (/^deps_\S+ := \\?$/.test(line)) {
      for (i++; i < lines.length; i++) {
        const d = lines[i].trim();
        if (!d) break;
        const entry = d.replace(/\\$/, '').trim();
        if (entry && !entry.startsWith('$(wildcard')) deps.push(entry);
        if (!lines[i].trimEnd().endsWith('\\')) break;
      }
    }
  }
  return commandLine === undefined ? null : { commandLine, source, deps };
}

/**
 * Splits a saved shell command into the compiler argv: POSIX quoting ('...', "...", \x), stopping at
 * the first unquoted `;`, `&&` or `||` (Kbuild appends `; ./tools/objtool/objtool ...`).
 */
export function shellSplit(commandLine: string): string[] {
  const argv: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < commandLine.length; i++) {
    const c = commandLine[i];
    if (c === "'") {
      const end = commandLine.indexOf("'", i + 1);
      cur += commandLine.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? commandLine.length : end;
      inWord = true;
    } else if (c === '"') {
      for (i++; i < commandLine.length && commandLine[i] !== '"'; i++) {
        if (commandLine[i] === '\\' && '"\\$`'.includes(commandLine[i + 1] ?? '')) i++;
        cur += commandLine[i];
      }
      inWord = true;
    } else if (c === '\\') {
      cur += commandLine[++i] ?? '';
      inWord = true;
    } else if (c === ';' || (c === '&' && commandLine[i + 1] === '&') || (c === '|' && commandLine[i + 1] === '|')) {
      break;
    } else if (/\s/.test(c)) {
      if (inWord) argv.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(cur);
  return argv;
}

/** Repo-relative form of a path Kbuild wrote (absolute for O= builds, or relative to the output dir). */
export function repoRelative(p: string, sourceDir: string, outputDir: string): string | null {
  const abs = path.isAbsolute(p) ? p : path.resolve(outputDir, p);
  const rel = path.relative(sourceDir, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
}

/** Objects per module from Kbuild's `<dir>/<mod>.mod` files (full builds): object → 'dir/mod.ko'. */
export function moduleOwners(modFiles: { path: string; text: string }[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const f of modFiles) {
    const ko = f.path.replace(/\.mod$/, '.ko');
    for (const obj of f.text.split(/\s+/).filter((s) => s.endsWith('.o'))) owners.set(obj, ko);
  }
  return owners;
}

/** A short progress line for a Kbuild output line such as '  CC      kernel/fork.o', else null. */
export function kbuildProgressLine(line: string): string | null {
  const m = /^\s{2}(CC|CC \[M\]|LD|LD \[M\]|AR)\s+(\S+)$/.exec(line);
  return m ? `[${m[1]}] ${m[2]}` : null;
}
