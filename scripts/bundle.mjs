// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with their WASM parsers.
// `--check` bundles into a temp dir and fails if dist/ differs: dist/ is committed and must match src/.
// dist/licenses.txt carries the licence of every third-party package the bundle contains (esbuild's
// metafile says which), since their own comments are not kept in the minimised chunks.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'lpg-dist-')) : 'dist';
if (!check) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'clones-worker': 'src/clones-worker.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);" },
});
cpSync('node_modules/web-tree-sitter/tree-sitter.wasm', join(out, 'tree-sitter.wasm'));
writeFileSync(join(out, 'licenses.txt'), licenseNotices([...Object.keys(result.metafile.inputs), 'node_modules/web-tree-sitter/x', 'node_modules/tree-sitter-c/x']));
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

/** The package directories (node_modules/…/name) that the bundled inputs come from, with their licences. */
function licenseNotices(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  const entries = [];
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(no licence file in the package; package.json says: ${pkg.license ?? 'nothing'})`;
    entries.push({ id: `${pkg.name}@${pkg.version}`, license: pkg.license ?? 'UNKNOWN', text });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const head = 'Third-party software bundled in dist/ (licence texts follow each name).\n';
  return head + entries.map((e) => `\n${'='.repeat(78)}\n${e.id} (${e.license})\n${'='.repeat(78)}\n${e.text}\n`).join('');
}
