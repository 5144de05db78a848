// The V8 settings are flags set at run time; V8 does not throw on a flag it no longer knows, it prints to stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { it } from 'node:test';
import { V8_FLAGS } from '../../src/v8-tuning.ts';

it('every V8 flag hoist sets is one this Node release knows', () => {
  const module = resolve(import.meta.dirname, '../../src/v8-tuning.ts');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `import { tuneV8 } from ${JSON.stringify(module)}; tuneV8();`], {
    encoding: 'utf8',
  });
  assert.equal(child.status, 0);
  assert.equal(child.stderr, '', `V8 rejected one of ${V8_FLAGS.join(' ')}`);
});
