// The whole test suite, as the README and .ci/run call it: tools, type check, lint, format, unit and integration tests against
// real registries, and the check that the committed dist/ equals a fresh build.
import { spawnSync } from 'node:child_process';
import { ensureTools } from './ensure-tools.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `The tests run on Node 24 (the Actions runtime); this is Node ${process.versions.node}. Run them through npm (npm test), which uses the node@24 devDependency.`,
  );
  process.exit(1);
}

ensureTools();

function step(name, command, args) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

step('type check', 'tsc', ['--noEmit', '-p', '.']);
step('lint (ESLint, type-checked rules)', 'eslint', ['.']);
step('format (Prettier)', 'prettier', ['--check', '.']);
step('dist/ equals a fresh build', 'node', ['scripts/check-dist.mjs']);
step('unit and integration tests', 'node', [
  '--test',
  '--test-concurrency=2',
  '--test-timeout=300000',
  '--test-reporter=spec',
  'test/unit/**/*.test.ts',
  'test/integration/**/*.test.ts',
]);
