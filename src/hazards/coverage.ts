// How the gate answers each pitfall the trusted live-patch builders document or test: every section of
// the kpatch patch-author guide (dynup/kpatch doc/patch-author-guide.md) and every case klp-build
// (Linux 6.19+, tools/objtool/klp-diff.c) refuses or warns about maps to rules, or to the reason the gate
// cannot see it. Rendered into docs/hazards.md; a test checks every rule id named here exists.

export interface CoverageItem {
  /** Where the pitfall is documented. */
  source: 'kpatch guide' | 'klp-build';
  /** The guide section or the klp-build check. */
  item: string;
  /** Rules that report it (empty when the gate cannot). */
  rules: string[];
  /** How, or why not. */
  note: string;
}

export const coverage: readonly CoverageItem[] = [
  { source: 'kpatch guide', item: 'Patch analysis', rules: [], note: 'Human review of every patch; the gate\'s report is input to it, not a substitute.' },
  { source: 'kpatch guide', item: 'kpatch vs livepatch vs kGraft', rules: [], note: 'Consistency models differ; the gate assumes upstream livepatch (per-task consistency), see stuck-transition.' },
  { source: 'kpatch guide', item: 'Patch upgrades', rules: [], note: 'Not a rule: with previous-report / --previous-report the report lists the next patch cumulatively for atomic replace (kept, updated, added, dropped) and the shadow / klp_state ids reused or changed (docs/report-schema.md#cumulative).' },
  { source: 'kpatch guide', item: 'Data structure changes', rules: ['layout-change', 'changed-data', 'new-data'], note: 'From the source diff (struct/union layout) and the per-object data comparison.' },
  { source: 'kpatch guide', item: 'Data semantic changes', rules: ['data-semantics'], note: 'Locks taken / dropped and shared data started / stopped being used, from the base and head relocations. Semantics that do not change a reference (a new value written to the same field) are invisible to an object comparison.' },
  { source: 'kpatch guide', item: 'Init code changes', rules: ['init-code', 'init-reference'], note: 'Changed init functions, and patched code that refers to init/exit code or data.' },
  { source: 'kpatch guide', item: 'Header file changes', rules: ['header-change', 'macro-change', 'inline-changed', 'fully-inlined'], note: 'Every TU that includes the header is compared; inlined copies are found in the clone dumps.' },
  { source: 'kpatch guide', item: 'Dealing with unexpected changed functions', rules: ['unexplained-change', 'clone-vanished', 'clone-appeared', 'clone-kind-changed', 'inline-changed', 'line-only-change'], note: 'Each changed function is explained by the clone graph or reported.' },
  { source: 'kpatch guide', item: 'Removing references to static local variables', rules: ['static-local-changed'], note: 'Static locals added, removed or referenced differently.' },
  { source: 'kpatch guide', item: 'Code removal', rules: ['code-removal'], note: 'Functions only at base stay in the running kernel.' },
  { source: 'kpatch guide', item: '"Once" macros', rules: ['data-section', 'static-local-changed'], note: '.data..once / .data..read_mostly flags added or changed.' },
  { source: 'kpatch guide', item: 'inline implies notrace', rules: ['no-ftrace-entry'], note: 'Functions without an __fentry__ call or patchable-entry record.' },
  { source: 'kpatch guide', item: 'Jump labels and static calls', rules: ['static-branch'], note: '__jump_table and .static_call_sites entries of patched code and the keys they name.' },
  { source: 'kpatch guide', item: 'Sibling calls', rules: ['sibling-call'], note: 'ppc64 `b` out of a patched function (x86-64 and arm64 need no frame). s390 objects are big-endian and not yet read.' },
  { source: 'kpatch guide', item: 'Exported symbol versioning', rules: ['export-change'], note: 'CRCs from the #SYMVER lines Kbuild writes into .o.cmd files (Linux 5.19+ with CONFIG_MODVERSIONS); without them only additions, removals, licence and namespace changes are seen.' },
  { source: 'kpatch guide', item: 'System calls', rules: ['syscall-change'], note: 'SYSCALL_DEFINEn changes: the wrapper holding the body is named.' },
  { source: 'kpatch guide', item: 'Symbol Namespaces', rules: ['export-change'], note: 'Namespace moves (error) and MODULE_IMPORT_NS a patch module needs for namespaced exports built in this run (notice); exports of objects not rebuilt are not seen.' },
  { source: 'kpatch guide', item: 'Cross Compile', rules: [], note: 'Not a hazard: the build adapter runs the kernel\'s own cross build; objects of x86-64, arm64 and ppc64le are read.' },
  { source: 'klp-build', item: 'changed data rejected ("changed data: <sym>")', rules: ['changed-data', 'static-local-changed'], note: 'Per-object data comparison.' },
  { source: 'klp-build', item: 'new functions and data carried', rules: ['new-data'], note: 'New data is reported (it starts from its initialiser, not from running state); new functions are listed as new in the patch list.' },
  { source: 'klp-build', item: '.cold / .part children carried with their parent', rules: [], note: 'Not a hazard: the object comparison attaches children to their parent and the patch list carries both.' },
  { source: 'klp-build', item: 'references to __init data / .discard', rules: ['init-reference'], note: 'Relocations of patched head code into .init.*, .exit.*, .meminit.*, .discard.*.' },
  { source: 'klp-build', item: 'module-owned static branch key ("unsupported static branch key")', rules: ['static-branch'], note: 'Error for a key defined in the module or by the patch; a key undefined in the object is a warning (Module.symvers is not read).' },
  { source: 'klp-build', item: 'module-owned static call key ("unsupported static call key")', rules: ['static-branch'], note: 'Same grading for .static_call_sites.' },
  { source: 'klp-build', item: 'tracepoint / pr_debug site in a module disabled (warning)', rules: ['static-branch'], note: '__tracepoint_*, __UNIQUE_ID_ddebug*, __SCK__tp_func_* keys in a module are warnings.' },
  { source: 'klp-build', item: 'special sections extracted (.altinstructions, __ex_table, __bug_table, .smp_locks, .kcfi_traps, __mcount_loc, .static_call_sites, __jump_table)', rules: ['special-section', 'static-branch'], note: 'Entries with consequences (__ex_table, __bug_table, .altinstructions, .parainstructions, .kcfi_traps, .printk_index) are listed per patched function; bookkeeping any module build regenerates (__mcount_loc, .smp_locks, .retpoline_sites, .return_sites) is not.' },
  { source: 'klp-build', item: 'uncorrelated static locals (__already_done, __warned, __func__, .data..once)', rules: ['data-section'], note: 'Once flags start fresh in the patch.' },
  { source: 'klp-build', item: 'duplicate static names (sympos)', rules: ['duplicate-symbol', 'sympos-unverified', 'symbol-missing'], note: 'old_sympos in kallsyms order, from the running kernel\'s symbols (System.map, /proc/kallsyms, vmlinux / .ko) or the full build\'s linked images; unverified positions and klp_funcs missing there are findings.' },
];
