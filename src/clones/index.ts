// The clones stage: -fdump-ipa-clones dumps → clone graph → affected sets, and base vs head decisions.
export * from './dump-line.js';
export * from './source-path.js';
export * from './graph.js';
export * from './graph-builder.js';
export * from './graph-transforms.js';
export * from './affected.js';
export * from './diff.js';
export * from './classic-report.js';
export * from './clones-json.js';
export * from './read-dumps.js';
export * from './byte-intern.js';
