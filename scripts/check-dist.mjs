// Fails when the committed dist/ differs from a fresh `npm run build` (the runner executes dist/, not src/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// The bundles are the ones `npm run build` makes: read from its script, so the two cannot disagree.
const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build;
const bundles = [...script.matchAll(/ncc build (\S+) -o dist(\S*)/g)].map(([, entry, dir]) => ({ entry, dir: dir.replace(/^\//, '') }));
if (bundles.length === 0) {
  console.error(`package.json's build script names no "ncc build ENTRY -o dist…": ${script}`);
  process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'hoist-dist-'));
const build = (entry, dir) =>
  spawnSync('ncc', ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' }).status === 0;
if (!bundles.every(({ entry, dir }) => build(entry, join(out, dir)))) {
  rmSync(out, { recursive: true, force: true });
  console.error('The build failed.');
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const fresh = new Map(files(out).map((p) => [relative(out, p), readFileSync(p)]));
const committed = new Map(files('dist').map((p) => [relative('dist', p), readFileSync(p)]));
const problems = [];
for (const [name, bytes] of fresh) {
  if (!committed.has(name)) problems.push(`dist/${name} is missing`);
  else if (!committed.get(name).equals(bytes)) problems.push(`dist/${name} differs from a fresh build`);
}
for (const name of committed.keys()) if (!fresh.has(name)) problems.push(`dist/${name} is not produced by the build`);
rmSync(out, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nRun "npm run build" and commit dist/.`);
  process.exit(1);
}
console.log('dist/ matches a fresh build.');
