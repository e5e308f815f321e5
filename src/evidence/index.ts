// Extra IPA evidence (-fdump-ipa-pure-const, -fdump-ipa-icf-details): parsers, base/head diff, dump files.
export { parsePureConstDump, type PureConstRecord, type PureConstState } from './pure-const.js';
export { parseIcfDump, type IcfMerge } from './icf.js';
export { diffIpaDecisions, type IpaDecisions, type IpaEvidence } from './diff.js';
export { EVIDENCE_FLAGS, evidenceDumpKind, type EvidenceDumpKind } from './dump-files.js';
export { readIpaDecisions } from './read-dumps.js';
export { parseDumpNode, type DumpNode } from './node-name.js';
