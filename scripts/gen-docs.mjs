// Writes docs/hazards.md from the hazard rules' metadata. Bundles the TypeScript catalogue with
// esbuild in memory (no build step needed), then imports it.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  stdin: {
    contents: "export { ruleMetas } from './src/hazards/catalogue.ts'; export { renderHazardsDoc } from './src/hazards/docs.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
const target = path.join(root, 'docs', 'hazards.md');
writeFileSync(target, mod.renderHazardsDoc(mod.ruleMetas));
console.log(`wrote ${path.relative(root, target)} (${mod.ruleMetas.length} rules)`);
