// The object comparison's public surface (src/compare): parse objects, compare them, collect symbol facts.
export { ElfError, readObject, parseElf, type ElfObject, type ElfSection, type ElfSymbol, type ElfRelocation } from './elf.js';
export { compareObjects, dataSymbols, type CompareContext, type ObjectComparison } from './compare-objects.js';
export { symbolFacts, assignSympos } from './symbol-facts.js';
export { callersOf, importsSymbol, referencesByTarget, referencesTo, type Reference, type ReferenceKind } from './callers.js';
export { functionAt, symbolAt, functionSymbols } from './object-index.js';
export { normaliseName, childParent, isStaticLocalName } from './symbol-names.js';
