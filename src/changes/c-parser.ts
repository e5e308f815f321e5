// Loads tree-sitter (WASM) and the C grammar once per process. The two .wasm files live in node_modules
// when running from src (jest, tsx) and next to the bundle when running from dist/ (the bundler copies
// them to dist/tree-sitter.wasm and dist/tree-sitter-c.wasm; code may also run from dist/chunks/).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Tree } from 'web-tree-sitter';

/** A ready C parser. `parse` is synchronous and deterministic; the tree must be `delete()`d by the caller. */
export interface CParser {
  parse(text: string): Tree;
}

export class ParserLoadError extends Error {
  constructor(what: string, tried: string[]) {
    super(
      `cannot find ${what}; looked in:\n  ${tried.join('\n  ')}\n` +
        'From a checkout run `npm ci`; from the bundle, dist/ must contain tree-sitter.wasm and tree-sitter-c.wasm (run `npm run bundle`).',
    );
    this.name = 'ParserLoadError';
  }
}

/** Candidate paths for a wasm file: beside this module, one level up (dist/chunks → dist), then the package. */
export function wasmCandidates(fileName: string, packageEntry: string, moduleUrl: string = import.meta.url): string[] {
  const out: string[] = [];
  try {
    const here = dirname(fileURLToPath(moduleUrl));
    out.push(join(here, fileName), join(here, '..', fileName));
  } catch {
    // import.meta.url is not a file: URL (unusual loaders): rely on node_modules below.
  }
  for (const base of [moduleUrl, join(process.cwd(), 'package.json')]) {
    try {
      out.push(createRequire(base).resolve(packageEntry));
    } catch {
      // Package not resolvable from there; other candidates remain.
    }
  }
  return [...new Set(out)];
}

function locate(fileName: string, packageEntry: string): string {
  const tried = wasmCandidates(fileName, packageEntry);
  const found = tried.find((p) => existsSync(p));
  if (!found) throw new ParserLoadError(fileName, tried);
  return found;
}

let loading: Promise<CParser> | null = null;

/** The shared C parser, loaded on first use. */
export function loadCParser(): Promise<CParser> {
  loading ??= (async () => {
    const runtime = locate('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    await Parser.init({ locateFile: (name: string) => (name.endsWith('.wasm') ? runtime : name) });
    const grammar = locate('tree-sitter-c.wasm', 'tree-sitter-c/tree-sitter-c.wasm');
    const language = await Language.load(grammar);
    const parser = new Parser();
    parser.setLanguage(language);
    return {
      parse(text: string): Tree {
        const tree = parser.parse(text);
        if (!tree) throw new Error('tree-sitter returned no tree (parser has no language)');
        return tree;
      },
    };
  })();
  loading.catch(() => {
    loading = null; // let a later call retry after a fixable error (missing file)
  });
  return loading;
}
