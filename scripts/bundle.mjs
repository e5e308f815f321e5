// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with their WASM parsers.
// `--check` bundles into a temp dir and fails if dist/ differs: dist/ is committed and must match src/.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'lpg-dist-')) : 'dist';
if (!check) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);" },
});
cpSync('node_modules/web-tree-sitter/tree-sitter.wasm', join(out, 'tree-sitter.wasm'));
cpSync('node_modules/tree-sitter-c/tree-sitter-c.wasm', join(out, 'tree-sitter-c.wasm'));

if (check) {
  const list = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => !f.endsWith('/')).sort();
  const want = list(out);
  const have = existsSync('dist') ? list('dist') : [];
  const problems = [];
  for (const f of want) {
    const a = join(out, f), b = join('dist', f);
    try { if (readFileSync(a).compare(readFileSync(b)) !== 0) problems.push(`differs: dist/${f}`); }
    catch (e) { if (e.code === 'EISDIR') continue; problems.push(`missing: dist/${f}`); }
  }
  for (const f of have) if (!want.includes(f)) problems.push(`stale: dist/${f}`);
  rmSync(out, { recursive: true, force: true });
  if (problems.length) {
    console.error(`dist/ is out of date (run \`npm run bundle\` and commit):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
