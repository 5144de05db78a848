// The GC setting is a V8 flag set at run time; V8 does not throw on a flag it no longer knows, it prints to stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { it } from 'node:test';
import { GC_FLAGS } from '../../src/gc-tuning.ts';

it('every GC flag is one this Node release knows', () => {
  const module = resolve(import.meta.dirname, '../../src/gc-tuning.ts');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `import { tuneGarbageCollection } from ${JSON.stringify(module)}; tuneGarbageCollection();`], { encoding: 'utf8' });
  assert.equal(child.status, 0);
  assert.equal(child.stderr, '', `V8 rejected one of ${GC_FLAGS.join(' ')}`);
});
