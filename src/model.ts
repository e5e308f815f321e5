// The data that flows between the pipeline stages:
//   changes (source diff → functions) → build (base/head) → clones (affected sets on base)
//   → compare (objects) → patch list → hazards → policy → report → sinks.
// Plain data only: every stage is a function over these types, so each can be tested alone.

/** Which side of the pull request a build or a fact belongs to. Base is the code running in production. */
export type Side = 'base' | 'head';

/** A source and why it has no comparable object: the configuration does not build it (Kbuild's reason), or the build left none. */
export interface SourceNotBuilt {
  source: string;
  reason: string;
}

/** Something the pipeline could not do fully. Shown in every report; never silently dropped. */
export interface Warning {
  /** Short machine-readable source, e.g. 'dump', 'build', 'diff', 'compare', 'github'. */
  source: string;
  message: string;
  /** Repo-relative path (or dump path) and 1-based line, when known. */
  file?: string;
  line?: number;
}

// ---------------------------------------------------------------------------------------------
// build
// ---------------------------------------------------------------------------------------------

/** One compiled C translation unit on one side. */
export interface TranslationUnit {
  /** Repo-relative source path, e.g. 'kernel/fork.c'. */
  source: string;
  /** Absolute path of the object file. */
  object: string;
  /** Absolute path of the -fdump-ipa-clones file, or null when none was written. */
  dump: string | null;
  /** The exact compiler argv (argv[0] is the compiler) and its working directory. */
  command: string[];
  cwd: string;
  /**
   * The linked object this TU ends up in: 'vmlinux', a module name such as 'drivers/foo/bar.ko',
   * or a program/library for non-kernel projects. Livepatch modules list functions per object.
   */
  owner: string;
  /**
   * Position of the object in its owner's link command, when the build showed it: kallsyms (and so
   * old_sympos) counts equal names in link order, not in source-path order.
   */
  linkOrder?: number;
  /** Repo-relative headers this TU depended on, when the build recorded them (Kbuild .cmd files). */
  deps?: string[];
}

export interface BuildResult {
  side: Side;
  /** Full commit id that was built. */
  commit: string;
  /** Directory holding that commit's sources (a git worktree). */
  sourceDir: string;
  /** Directory holding the objects (the worktree, or a Kbuild O= directory). */
  outputDir: string;
  /** How it was built: Kbuild (a Linux tree), or the project's own build command. */
  kind: 'kernel' | 'command';
  /** Kernel full build: outputDir holds vmlinux and the modules (at their owner paths) linked from these units. */
  linked?: boolean;
  units: TranslationUnit[];
  /** Sources the configuration does not build (kernel fast path): reported, not a failure. */
  notBuilt: SourceNotBuilt[];
  /**
   * Sources the build compiled but left nothing comparable for (linked in one step, object deleted by
   * the build, ...) or could not bound (a kernel build input): their changes are NOT ANALYSED, with
   * this reason and advice.
   */
  gaps?: BuildGap[];
  /** Wall time, for the report. */
  seconds: number;
  warnings: Warning[];
}

/** A source the build leaves uncompared: why, and what to do when it is not the build's usual advice. */
export interface BuildGap {
  source: string;
  reason: string;
  advice?: string;
}

/** Thrown by the build adapter; the message names the side, the command and the log tail. */
export class BuildError extends Error {
  constructor(
    readonly side: Side,
    readonly command: string,
    readonly logTail: string,
    message?: string,
  ) {
    super(message ?? `${side} build failed: ${command}\n--- last lines of the build log ---\n${logTail}`);
    this.name = 'BuildError';
  }
}

// ---------------------------------------------------------------------------------------------
// changes
// ---------------------------------------------------------------------------------------------

export type ChangeStatus = 'modified' | 'added' | 'removed';

/** A C function definition touched by the PR's source diff. */
export interface ChangedFunction {
  /** The name as written in C (for SYSCALL_DEFINE3(open, ...) this is 'open'). */
  name: string;
  /**
   * The symbols the compiler emits for this definition, most specific first. Usually [name];
   * SYSCALL_DEFINEn(open) gives ['__do_sys_open', '__se_sys_open', '__x64_sys_open', ...].
   */
  symbols: string[];
  status: ChangeStatus;
  /** Repo-relative path at head (at base for removed functions). */
  file: string;
  /** Repo-relative path at base when the file was renamed. */
  baseFile?: string;
  /** 1-based inclusive line ranges of the definition on each side, when it exists there. */
  baseLines?: [number, number];
  headLines?: [number, number];
  /** Head line numbers changed inside the function (for annotations); base lines for removed ones. */
  changedLines: number[];
  isStatic: boolean;
  /** Marked inline / __always_inline: no ftrace entry, callers must be patched. */
  isInline: boolean;
  /** Defined in a header: every TU that includes it may carry a copy. */
  inHeader: boolean;
  /** Attribute-like markers found in the definition: '__init', 'notrace', '__always_inline', ... */
  markers: string[];
  /** Whether the configuration that was built compiles this definition (set by the configuration check). */
  configuration?: ConfigurationFacts;
}

/**
 * Whether a change found in the source diff is in the code the configuration compiles, asked of the
 * compiler: each built translation unit that includes the file is preprocessed (`gcc -E -dU` with its
 * recorded command) on base and head, and the change's preprocessed text is compared.
 */
export interface ConfigurationFacts {
  /**
   * 'compiled-in': some translation unit's preprocessed text of the change differs between base and head;
   * 'compiled-out': it is the same (or absent) in every translation unit built on both sides that includes
   * the file; 'unknown': the check could not tell (nothing built includes the file, preprocessing failed).
   */
  status: 'compiled-in' | 'compiled-out' | 'unknown';
  /**
   * The macros tested by the #if/#ifdef lines around the change, as the compiler saw them in the
   * translation units: 'off' (undefined where tested), 'on' (defined as 1), '=VALUE' otherwise,
   * 'not tested' when no unit evaluated that condition.
   */
  conditions: { macro: string; value: string; directive: string; file: string; line: number }[];
  /** Repo-relative sources of the translation units that were preprocessed for this change. */
  units: string[];
  /** One sentence: which unit differs and how, or why the change is not compiled. */
  evidence: string;
}

export type NonFunctionChangeKind =
  | 'struct'
  | 'union'
  | 'enum'
  | 'typedef'
  | 'macro'
  | 'data'
  | 'declaration'
  | 'include'
  | 'other';

/** A change outside any function body: layout, macros, global data. */
export interface NonFunctionChange {
  kind: NonFunctionChangeKind;
  file: string;
  /** Head line (base line when only deleted). */
  line: number;
  /** The struct/macro/variable name when known. */
  name?: string;
  /** One line: what changed. */
  detail: string;
  /** For 'data': the variable is static (TU-local). */
  isStatic?: boolean;
  /** For 'data': static local variable inside a function; the function's name. */
  inFunction?: string;
  /** 1-based inclusive line ranges of the item on each side, when it exists there (a run of lines for 'other'). */
  baseLines?: [number, number];
  headLines?: [number, number];
  /** Whether the configuration that was built compiles this change (set by the configuration check). */
  configuration?: ConfigurationFacts;
}

export interface ChangedFile {
  /** Head path (base path for deleted files). */
  path: string;
  basePath?: string;
  status: 'modified' | 'added' | 'deleted' | 'renamed';
  /** 'c' source, 'header', 'asm' (.S), or anything else. */
  language: 'c' | 'header' | 'asm' | 'other';
  addedLines: number[];
  deletedLines: number[];
  /** For line-only detection: pairs of (base line → head line) for unchanged lines that moved. */
  lineShift?: { base: number; head: number }[];
}

export interface SourceChanges {
  files: ChangedFile[];
  functions: ChangedFunction[];
  other: NonFunctionChange[];
  warnings: Warning[];
}

// ---------------------------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'notice';

/** Why a function is in the patch list: one step of explanation each. */
export interface PatchReason {
  kind:
    | 'changed' // the PR changes its source
    | 'clone' // an optimisation clone (constprop/isra/part/...) of a changed function
    | 'inlined' // a changed function (or its clone) was inlined into it, possibly transitively
    | 'caller-of-changed-clone' // it calls a clone whose ABI differs at head
    | 'header-copy' // a changed static inline header function has an out-of-line copy in this TU
    | 'layout' // its code changed and its TU compiles a struct/union whose layout the PR changes (see `causes`)
    | 'non-function' // its code changed and its TU compiles another changed non-function item: macro, enum, data... (see `causes`)
    | 'build-flags' // its code changed and its TU is compiled with other flags at head (a Makefile change; see `causes`)
    | 'unexplained' // the object comparison found changed code that nothing above explains
    | 'referrer' // it calls or takes the address of a function livepatch cannot redirect (see UnpatchableFunction)
    | 'new'; // exists only at head
  /** The changed function this entry traces back to. */
  root?: string;
  /** Human-readable chain, e.g. ['helper', 'inlined into mid (removed)', 'inlined into f1']. */
  chain: string[];
  /** For 'layout' / 'non-function': the changes its TU compiles differently, as labels ('struct nf_hook_ops');
   *  for 'build-flags': the flags only one side has ('+-fno-inline', '--O2'). */
  causes?: string[];
}

export interface PatchFunction {
  symbol: string;
  /** old_sympos when the symbol name occurs more than once in its object; 0 otherwise. */
  sympos: number;
  file: string;
  line?: number;
  reasons: PatchReason[];
  /** Predicted by the clone graph / diff. */
  predicted: boolean;
  /** What the object comparison says: code changed, only __LINE__ moved, unchanged, or not compared. */
  codeChange: 'changed' | 'line-only' | 'unchanged' | 'added' | 'removed' | 'unknown';
  /** Set on entries of the lists other than `patch`: why this function gets no klp_func of its own. */
  notPatched?: string;
  /**
   * Read-only data objects its code refers to whose contents changed while its own code did not (with
   * codeChange 'unchanged' / 'line-only'): it needs replacing only if the patch carries new copies of them.
   */
  changedData?: string[];
}

/** Why livepatch cannot redirect a function of the base build (decided in src/compare/redirectable.ts). */
export type UnredirectableCause =
  | 'no-ftrace-entry' // no __fentry__/mcount call at entry: notrace, the kernel's inline (implies notrace), a file built without ftrace
  | 'noinstr' // .noinstr.text / .entry.text: code that must never be instrumented
  | 'init-code'; // .init.text / .exit.text: its ftrace entry is gone once init memory is freed

/** A function (code) of the base build that reaches an unpatchable function. */
export interface CodeReferrer {
  symbol: string;
  file: string;
  object: string;
  /** It calls it, jumps to it (tail call), or takes its address (stores it, passes it as a callback). */
  kind: 'call' | 'jump' | 'address';
  /**
   * 'patched': in the patch list; 'through-referrers': it cannot be redirected either and is replaced through
   * its own referrers; 'init-only': init code, which ran at boot (or module load) and never runs again.
   */
  replacement: 'patched' | 'through-referrers' | 'init-only';
}

/** Data of the base build (an ops table, a callback array, an export entry) that holds a function's address. */
export interface DataReferrer {
  /** The data object, or the section when no symbol covers the reference. */
  symbol: string;
  section: string;
  file: string;
  object: string;
}

/**
 * A function a live patch would have to replace that livepatch cannot redirect on the base build. It is
 * not in the patch list: its new version is reached by replacing every function that calls it or takes
 * its address (listed in the patch list with reason 'referrer'), transitively.
 */
export interface UnpatchableFunction {
  object: string;
  symbol: string;
  /** old_sympos-style position among equal names in its object; 0 when unique. */
  sympos: number;
  file: string;
  line?: number;
  cause: UnredirectableCause;
  /** What in the base object makes it so: 'no __fentry__/mcount call at its entry on base', 'lives in .init.text: ...'. */
  detail: string;
  /** Why the live patch needs it: the reasons its patch-list entry would have had. */
  reasons: PatchReason[];
  codeChange: PatchFunction['codeChange'];
  /**
   * 'covered': every way the running code reaches it goes through a patched function; 'uncovered': data holds
   * its address, no function reaches it, or a referrer is itself uncovered; 'not-needed': its code did not
   * change and nothing needs it replaced; 'init-only': init code, which has run before any live patch can
   * load (the init-code rule reports it).
   */
  coverage: 'covered' | 'uncovered' | 'not-needed' | 'init-only';
  referrers: CodeReferrer[];
  dataReferrers: DataReferrer[];
  /** A global symbol of a build that did not compile every object (kernel fast path): referrers elsewhere are unseen. */
  referrersOutsideBuild: boolean;
}

export interface PatchObject {
  /** 'vmlinux', 'fs/ext4/ext4.ko', or a program name. */
  object: string;
  functions: PatchFunction[];
}

/**
 * The patch list, split once (src/pipeline/patch-list.ts) so that every output agrees on what a
 * klp_func is: `patch` holds exactly the klp_func entries (base functions a live patch replaces);
 * the other lists say what else the change touches and why it is not a klp_func.
 */
export interface PatchLists {
  /** klp_func entries per object: functions-to-patch, patch-list, the comment and the skeleton. */
  patch: PatchObject[];
  /** Functions only head has: compiled into the patch module, not replacements. */
  newFunctions: PatchObject[];
  /** Base functions head no longer emits (vanished clones, removed functions): their callers are in `patch`. */
  vanished: PatchObject[];
  /** Reached by the change but no klp_func needed: .cold parts (travel with their parent), no code change, only __LINE__ moved. */
  notNeeded: PatchObject[];
  /** Functions livepatch cannot redirect: no klp_func; replaced through their referrers, which are in `patch`. */
  unpatchable: UnpatchableFunction[];
}

export interface Finding {
  /** Stable hazard rule id, e.g. 'clone-vanished'. */
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** The function or data symbol concerned. */
  symbol?: string;
  /** The linked object (vmlinux / module) concerned. */
  object?: string;
  /** Set by the policy: allow-listed with this reason. */
  allowed?: string;
  /**
   * One finding per cause: the other places the same cause reaches (functions that change with a struct
   * layout, data objects, translation units), when there is more than the one named above.
   */
  places?: FindingPlace[];
  /**
   * For findings that come from the source diff: whether the configuration compiles the change, and the
   * severity the rule gives it when compiled in. A compiled-out change is a notice whatever `ruleSeverity`
   * says; with several configurations (codestreams), each report carries its own facts.
   */
  configuration?: ConfigurationFacts & { ruleSeverity: Severity };
}

/** A place a folded finding reaches: a function, a data object or a translation unit. */
export interface FindingPlace {
  kind: 'function' | 'data' | 'unit';
  file: string;
  line?: number;
  symbol?: string;
  object?: string;
  /** One line on the place: 'size 48 → 64 bytes', 'also replace if you carry a new copy: a, b'. */
  detail?: string;
}

// ---------------------------------------------------------------------------------------------
// compare (object files) — produced by src/compare, consumed by the patch list and hazard rules
// ---------------------------------------------------------------------------------------------

/** What the per-function object comparison found for one function (paired across base and head). */
export interface FunctionCodeDiff {
  /** Linked object owner (see TranslationUnit.owner) and repo-relative source of the TU. */
  owner: string;
  source: string;
  /** Base symbol name (head name when added). Clone suffix numbers may differ between sides. */
  symbol: string;
  headSymbol?: string;
  status: 'changed' | 'line-only' | 'unchanged' | 'added' | 'removed';
  /** One line on what differs: 'bytes differ at +0x1c', 'relocation to foo → bar', ... */
  detail?: string;
  /**
   * On 'unchanged' / 'line-only': read-only data objects its code refers to whose contents differ. Its own
   * code is the same; it needs replacing only if the patch carries a new copy of that data.
   */
  changedData?: string[];
}

/** A data object (variable) compared across base and head. */
export interface DataDiff {
  owner: string;
  source: string;
  symbol: string;
  /** '.data', '.bss', '.rodata', ... (without the -fdata-sections suffix). */
  section: string;
  status: 'changed' | 'added' | 'removed';
  /** A function-scope static ('foo.0' style names GCC gives static locals). */
  staticLocal: boolean;
  detail?: string;
  /**
   * Functions of the base build whose code refers to it (relocations; for a global, in every object built
   * that links against it): if a patch carries a new copy of the object, these must be replaced too.
   */
  referrers?: { symbol: string; source: string }[];
  /**
   * When the source diff does not change the object itself: the non-function changes its TU compiles
   * differently on base and head (labels such as 'struct nf_hook_ops'), which are why it changed.
   */
  causes?: string[];
}

/** Facts about one function symbol in one object on one side, from its symbol table and code. */
export interface SymbolFact {
  side: Side;
  owner: string;
  source: string;
  symbol: string;
  /** Section the code lives in: '.text.foo', '.init.text', ... */
  section: string;
  global: boolean;
  /** Calls __fentry__ / mcount at entry: ftrace (and so livepatch) can hook it. */
  hasFentry: boolean;
  /** 1-based position among equal names in its linked object (old_sympos); 0 when unique. */
  sympos: number;
  size: number;
}

/** How a function's code refers to a symbol (from the relocation and, where the arch allows, its instruction). */
export type ReferenceKind = 'call' | 'tail-call' | 'address';

/** One symbol a function's code refers to. */
export interface CodeReference {
  name: string;
  kind: ReferenceKind;
  /** 'FUNC', 'OBJECT', ... as the symbol table says; undefined symbols are 'NOTYPE'. */
  type: string;
  /** Section of the target when it is defined in the same object ('.init.data', '.data..percpu', ...). */
  section?: string;
}

/**
 * What one function's code takes part in, read from its object on one side: the special-section entries
 * that point into it (with the static-branch / static-call keys they name) and what its code refers to.
 */
export interface CodeFact {
  side: Side;
  owner: string;
  source: string;
  symbol: string;
  /** ELF machine (EM_X86_64 = 62, EM_PPC64 = 21, EM_AARCH64 = 183): what the consistency model needs differs. */
  machine: number;
  /** Special sections with entries pointing into this function: relocation count and named keys. */
  special: { section: string; references: number; keys: { name: string; section?: string }[] }[];
  references: CodeReference[];
  /** Strings the code refers to (format strings: kthread names), at most a few. */
  strings: string[];
}

/** An EXPORT_SYMBOL* of one object on one side, with its modversions CRC when the build recorded one. */
export interface ExportFact {
  side: Side;
  owner: string;
  source: string;
  symbol: string;
  /** '' for EXPORT_SYMBOL, '_gpl' for EXPORT_SYMBOL_GPL (the ___ksymtab<license>+sym section). */
  license: string;
  /** Symbol namespace ('' when none). */
  namespace: string;
  crc?: string;
}

// ---------------------------------------------------------------------------------------------
// clones, base vs head — produced by src/clones, consumed by the patch list and hazard rules
// ---------------------------------------------------------------------------------------------

export interface CloneChange {
  /** Repo-relative source of the TU whose dumps differ. */
  source: string;
  /** The original function the decision is about. */
  function: string;
  kind:
    | 'clone-vanished' // base had foo.isra.N, head has no clone of that kind
    | 'clone-appeared' // head has a clone kind base did not
    | 'inline-added' // head inlines function into a caller base did not
    | 'inline-removed'; // base inlined function into a caller head no longer does
  /** Clone reason ('isra', 'constprop', 'part', ...) or the caller for inline changes. */
  reason: string;
  /** The clone symbol (base side for vanished, head for appeared) or the caller name. */
  other: string;
  /** Source line of the function, when known. */
  line?: number;
}

/** Compile flags of a TU that matter for which IPA passes ran (from its recorded command). */
export interface TuFlags {
  side: Side;
  source: string;
  /** The -flive-patching=... value, if any. */
  livePatching?: string;
  /** -fno-ipa-* and similar switches found. */
  ipaSwitches: string[];
  /** -pg / -p present (disables IPA-RA), -mfentry present. */
  pg: boolean;
  fentry: boolean;
  optLevel?: string;
  lto: boolean;
}

/**
 * A changed function (or a whole translation unit) the pipeline could not compile and compare on both
 * sides. Any entry makes the verdict 'error' (could not analyse): the gate never passes what it did not see.
 */
export interface NotAnalysed {
  /** The changed function; absent when a whole TU's object could not be used. */
  function?: string;
  /** Repo-relative source. */
  file: string;
  /** The side that is missing or unusable, when one is. */
  side?: Side;
  reason: string;
  /** What to do so the next run can analyse it. */
  advice: string;
}

// ---------------------------------------------------------------------------------------------
// The whole analysis, as the hazard rules and the report see it.
// ---------------------------------------------------------------------------------------------

export interface Analysis {
  repo: string;
  baseCommit: string;
  headCommit: string;
  /** Which commits were compared and why, when the event chose them (merge commit, merge-base). */
  comparison?: string;
  /** How the sides were built (BuildResult.kind). */
  buildKind: BuildResult['kind'];
  changes: SourceChanges;
  /** klp_func entries, and beside them what is not one (see PatchLists). */
  patch: PatchObject[];
  newFunctions: PatchObject[];
  vanished: PatchObject[];
  notNeeded: PatchObject[];
  /** Functions the patch needs that livepatch cannot redirect, and how they are replaced (through referrers). */
  unpatchable: UnpatchableFunction[];
  codeDiffs: FunctionCodeDiff[];
  dataDiffs: DataDiff[];
  cloneChanges: CloneChange[];
  symbolFacts: SymbolFact[];
  /** Special sections, references and exports of the functions in changed objects (both sides). */
  codeFacts: CodeFact[];
  exports: ExportFact[];
  tuFlags: TuFlags[];
  /** Sources the configuration does not build. */
  notBuilt: SourceNotBuilt[];
  /** Changed functions / TUs that were not compiled and compared: the verdict is 'error' when any. */
  notAnalysed: NotAnalysed[];
  /** Extra evidence from -fdump-ipa-pure-const / -fdump-ipa-icf-details when requested. */
  ipaEvidence: { source: string; function: string; kind: string; base?: string; head?: string }[];
  /** Shadow-variable / klp_state ids in the changed C sources at head. */
  livepatchIds: LivepatchId[];
  /** Where old_sympos came from and what could not be checked (src/pipeline/sympos.ts). */
  sympos?: SymposCheck;
  warnings: Warning[];
}

/** A klp_func whose symbol could not be confirmed in its object's symbol table. */
export interface SymposIssue {
  /**
   * missing: not in the table at all; ambiguous: the name repeats there and nothing tells which is this one;
   * no-table: the symbols given have no table for its object (a module not given);
   * partial-build: no table, and the position was counted over the objects a partial build compiled.
   */
  kind: 'missing' | 'ambiguous' | 'no-table' | 'partial-build';
  object: string;
  symbol: string;
  file: string;
  line?: number;
  /** The position the build counted (kept in the patch list). */
  sympos: number;
  /** How many entries of that name the table has (ambiguous). */
  count?: number;
  /** The table's file and format. */
  table?: string;
}

/** How old_sympos was decided: a production symbol table, the base full build's linked images, or the objects built. */
export interface SymposCheck {
  source: 'production' | 'build' | 'objects';
  files: string[];
  issues: SymposIssue[];
}

/**
 * Which kernel a report is about, when a vendor ships several: one architecture × configuration of a
 * workflow matrix. The label names it in the aggregate comment ('x86_64/defconfig', 's390x/rt').
 */
export interface Codestream {
  label: string;
  arch: string;
  config: string;
}

/** A shadow-variable or klp_state id the change's sources use (the live patch's own state protocol). */
export interface LivepatchId {
  kind: 'shadow' | 'klp-state';
  /** The id as written (a macro name or a number). */
  name: string;
  /** Its value when the same file #defines it, or the literal itself. */
  value?: string;
  /** klp_state version, when given. */
  version?: string;
  file: string;
  line: number;
}

/** One klp_func of the cumulative (atomic-replace) patch, relative to the patch already deployed. */
export interface CumulativeEntry {
  object: string;
  symbol: string;
  sympos: number;
  file: string;
  /** kept: carried over from the deployed patch; updated: in it and changed again; added: new with this change; dropped: in it but no longer needed. */
  status: 'kept' | 'updated' | 'added' | 'dropped';
  reason: string;
}

/** The patch list made cumulative against the report of the live patch already deployed (previous-report). */
export interface CumulativePatch {
  previous: { base: string; head: string; pullRequest?: number };
  /** True when both reports are against the same running kernel (base): the list is then exact. */
  sameBase: boolean;
  entries: CumulativeEntry[];
  ids: { kind: LivepatchId['kind']; name: string; status: 'reused' | 'changed' | 'new' | 'gone'; detail: string }[];
  notes: string[];
}

/** The report the sinks publish. JSON-serialisable; its schema is documented in docs/report-schema.md. */
export interface Report {
  /** REPORT_SCHEMA and REPORT_SCHEMA_VERSION (src/report/schema.ts). */
  schema: 'livepatch-gate/report';
  schemaVersion: 2;
  tool: { name: 'livepatch-gate'; version: string };
  repo: string;
  base: string;
  head: string;
  /** PR number, when known. */
  pullRequest?: number;
  /** Which commits were compared and why (a PR's merge commit against its first parent, or the merge-base). */
  comparison?: string;
  /** Where the klp_funcs' old_sympos come from (analysis.sympos, in one sentence): present with a patch list. */
  symposFrom?: string;
  /** The architecture × configuration analysed (absent in reports of livepatch-gate before 1.0). */
  codestream?: Codestream;
  /** 'error': could not analyse (notAnalysed is not empty), whatever the policy says. */
  verdict: 'pass' | 'fail' | 'error';
  /** One sentence per failing reason. */
  verdictReasons: string[];
  summary: { functionsToPatch: number; objects: number; errors: number; warnings: number; notices: number };
  /** klp_func entries only; summary.functionsToPatch counts these. */
  patch: PatchObject[];
  newFunctions: PatchObject[];
  vanished: PatchObject[];
  notNeeded: PatchObject[];
  /** Functions livepatch cannot redirect: not in `patch`; replaced through the referrers listed there. */
  unpatchable: UnpatchableFunction[];
  findings: Finding[];
  changes: { functions: ChangedFunction[]; other: NonFunctionChange[] };
  notBuilt: SourceNotBuilt[];
  /** What could not be analysed (verdict 'error' when not empty). */
  notAnalysed: NotAnalysed[];
  warnings: Warning[];
  /** Shadow-variable / klp_state ids in the changed sources at head. */
  livepatchIds?: LivepatchId[];
  /** Present when the run was given the deployed patch's report (previous-report). */
  cumulative?: CumulativePatch;
}
