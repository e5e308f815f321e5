// Kbuild knowledge, pure: .config values, which objects a directory Makefile builds under a config and
// which linked object (vmlinux or a module) they end up in, and the per-object `.name.o.cmd` files.
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

/** One `<list>-<suffix> += a.o b.o` assignment of a Kbuild Makefile, continuation lines joined. */
export interface KbuildAssignment {
  /** 'obj', 'lib', or a composite object's stem ('ext4' for `ext4-y`, `ext4-objs`). */
  list: string;
  /** The suffix as written: 'y', 'm', 'objs', '$(CONFIG_FOO)', ... */
  suffix: string;
  items: string[];
  line: number;
}

export function parseKbuildMakefile(text: string): KbuildAssignment[] {
  const out: KbuildAssignment[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i];
    line = line.replace(/#.*$/, '');
    const m = /^\s*([A-Za-z0-9_.]+)-(\$\([^)]*\)[A-Za-z0-9_$()]*|y|m|objs|n|)\s*(\+=|:=|=)\s*(.*)$/.exec(line);
    if (!m) continue;
    out.push({ list: m[1], suffix: m[2], items: m[4].split(/\s+/).filter(Boolean), line: start + 1 });
  }
  return out;
}

/** 'y', 'm', '' (disabled) or null when the suffix is not a plain config reference we can evaluate. */
export function resolveSuffix(suffix: string, config: ConfigValues): string | null {
  if (suffix === 'y' || suffix === 'm' || suffix === 'objs') return suffix === 'objs' ? 'y' : suffix;
  if (suffix === 'n' || suffix === '') return '';
  // Kbuild concatenates: obj-$(CONFIG_A)$(CONFIG_B) is 'yy' → not a list make reads (only y/m are).
  const parts = suffix.match(/\$\((CONFIG_[A-Za-z0-9_]+)\)|[^$]+|\$/g) ?? [];
  let value = '';
  for (const p of parts) {
    const ref = /^\$\((CONFIG_[A-Za-z0-9_]+)\)$/.exec(p);
    if (ref) value += config.get(ref[1]) ?? '';
    else if (p.startsWith('$')) return null;
    else value += p;
  }
  return value;
}

export type ObjectVerdict =
  | { built: true; owner: string; how: string }
  | { built: false; reason: string }
  | { built: 'unknown'; reason: string };

/**
 * Whether the directory Makefile builds `dir/name.o` under `config`, and into what.
 * obj-y / lib-y → vmlinux; obj-m → '<dir>/<name>.ko'; a member of a composite `foo-y`/`foo-objs`
 * follows foo.o. Conditionals (ifdef/ifeq blocks) are not evaluated: the caller checks that Kbuild
 * really produced the object.
 */
export function objectVerdict(
  assignments: KbuildAssignment[],
  dir: string,
  objectName: string,
  config: ConfigValues,
  makefile: string,
  depth = 0,
): ObjectVerdict {
  const lists = assignments.filter((a) => a.items.includes(objectName));
  if (lists.length === 0) return { built: false, reason: `${objectName} is not listed in ${makefile}` };
  let unknown: string | undefined;
  let disabledBy: string | undefined;
  for (const a of lists) {
    const v = resolveSuffix(a.suffix, config);
    if (v === null) {
      unknown ??= `${makefile}:${a.line}: cannot evaluate ${a.list}-${a.suffix}`;
      continue;
    }
    if (a.list === 'obj' || a.list === 'lib') {
      if (v === 'y') return { built: true, owner: 'vmlinux', how: `${makefile}:${a.line}` };
      if (v === 'm') {
        return { built: true, owner: joinKo(dir, objectName), how: `${makefile}:${a.line}` };
      }
      disabledBy ??= `${makefile}:${a.line}: ${a.list}-${a.suffix} is not enabled in .config`;
    } else if (v === 'y' || v === 'm') {
      if (depth > 4) continue;
      // Member of composite `a.list`.o: it is built when the composite is.
      const parent = objectVerdict(assignments, dir, `${a.list}.o`, config, makefile, depth + 1);
      if (parent.built === true) return parent;
      if (parent.built === 'unknown') unknown ??= parent.reason;
      else disabledBy ??= parent.reason;
    } else {
      disabledBy ??= `${makefile}:${a.line}: ${a.list}-${a.suffix} is not enabled in .config`;
    }
  }
  if (unknown) return { built: 'unknown', reason: unknown };
  return { built: false, reason: disabledBy ?? `${objectName} is not enabled by .config` };
}

function joinKo(dir: string, objectName: string): string {
  const ko = objectName.replace(/\.o$/, '.ko');
  return dir === '' || dir === '.' ? ko : `${dir}/${ko}`;
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
