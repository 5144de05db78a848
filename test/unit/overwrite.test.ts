import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { OverwriteRefusedError, TagInputError } from '../../src/tags/errors.ts';
import { overwriteDecision, parseOverwrite, type OverwritePolicy } from '../../src/tags/overwrite.ts';
import { parseVersion } from '../../src/tags/version.ts';
import { releaseTags } from '../../src/tags/release-tags.ts';

const digest = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const old = digest('old');
const fresh = digest('new');

describe('parseOverwrite', () => {
  const cases: Array<[string, OverwritePolicy]> = [
    ['', 'always'],
    ['always', 'always'],
    ['never', 'never'],
    [' Never ', 'never'],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} -> ${expected}`, () => assert.equal(parseOverwrite(text), expected));

  for (const text of ['sometimes', 'false', 'no']) {
    it(`rejects ${JSON.stringify(text)}, quoting it and naming both policies`, () => {
      assert.throws(
        () => parseOverwrite(text),
        (error: unknown) =>
          error instanceof TagInputError && error.message === `overwrite "${text}" is not a policy; expected always or never`,
      );
    });
  }
});

describe('overwriteDecision', () => {
  const table: Array<[string, OverwritePolicy, string | undefined, boolean, 'write' | 'unchanged' | 'fail']> = [
    ['always, new tag', 'always', undefined, false, 'write'],
    ['always, same digest', 'always', fresh, false, 'unchanged'],
    ['always, other digest', 'always', old, false, 'write'],
    ['never, new tag', 'never', undefined, false, 'write'],
    ['never, same digest', 'never', fresh, false, 'unchanged'],
    ['never, other digest', 'never', old, false, 'fail'],
    ['never, floating tag, other digest', 'never', old, true, 'write'],
    ['never, floating tag, same digest', 'never', fresh, true, 'unchanged'],
  ];
  for (const [name, policy, existingDigest, floating, expected] of table) {
    it(`${name} -> ${expected}`, () => {
      assert.equal(overwriteDecision({ policy, tag: 'v1.2.3', existingDigest, newDigest: fresh, floating }).action, expected);
    });
  }

  it('a refusal is a typed error that quotes the tag and what it points at', () => {
    const decision = overwriteDecision({ policy: 'never', tag: 'v1.2.3', existingDigest: old, newDigest: fresh });
    assert.equal(decision.action, 'fail');
    assert.ok(decision.action === 'fail' && decision.error instanceof OverwriteRefusedError);
    assert.equal(decision.error.message, `v1.2.3 already points at ${old}; overwrite is never`);
    assert.equal(decision.error.tag, 'v1.2.3');
    assert.equal(decision.error.existingDigest, old);
    assert.equal(decision.error.newDigest, fresh);
  });

  it('with a version, never guards the exact version tag and lets the floating tags move', () => {
    const tags = releaseTags({
      version: parseVersion('v1.2.3'),
      floating: ['minor', 'major', 'latest'],
      existingTags: ['v1.2.3', 'v1.2', 'v1', 'latest'],
    });
    const decisions = tags.map((t) => [
      t.tag,
      overwriteDecision({ policy: 'never', tag: t.tag, existingDigest: old, newDigest: fresh, floating: t.kind !== 'version' }).action,
    ]);
    assert.deepEqual(decisions, [
      ['v1.2.3', 'fail'],
      ['v1.2', 'write'],
      ['v1', 'write'],
      ['latest', 'write'],
    ]);
  });
});
