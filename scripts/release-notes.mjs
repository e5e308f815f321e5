// Release check and notes: the version in package.json must equal src/version.ts and have its own
// section in CHANGELOG.md. Prints `version=X.Y.Z` and `major=X` (for $GITHUB_OUTPUT) and writes that
// section to the file named by --notes. Exits 1 with the reason when any of that is not so.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const { version } = JSON.parse(read('package.json'));
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json version '${version}' is not X.Y.Z`);
const source = /VERSION = '([^']+)'/.exec(read('src/version.ts'))?.[1];
if (source !== version) fail(`src/version.ts says '${source}', package.json says '${version}': make them equal`);

const changelog = read('CHANGELOG.md');
const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\][^\\n]*$`, 'm');
const start = heading.exec(changelog);
if (!start) fail(`CHANGELOG.md has no '## [${version}]' section: write the release notes first`);
const rest = changelog.slice(start.index + start[0].length);
const end = rest.search(/^## \[/m);
const notes = (end < 0 ? rest : rest.slice(0, end)).replace(/^\[[^\]]+\]: .*$/gm, '').trim();
if (!notes) fail(`CHANGELOG.md's [${version}] section is empty`);

const out = process.argv.indexOf('--notes');
if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1], `${notes}\n`);
console.log(`version=${version}`);
console.log(`major=${version.split('.')[0]}`);
