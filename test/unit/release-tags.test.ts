import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TagInputError } from '../../src/tags/errors.ts';
import { DEFAULT_FLOATING_TAGS, parseFloatingTags, releaseTags, type FloatingTag, type ReleaseTag } from '../../src/tags/release-tags.ts';
import { compareVersions, parseVersion, versionOfTag } from '../../src/tags/version.ts';

function inputError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof TagInputError, `expected TagInputError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the input was accepted but should have been rejected');
}

describe('parseVersion', () => {
  const accepted: Array<[string, { text: string; prefix: string; major: number; minor: number; patch: number; prerelease: boolean }]> = [
    ['v1.2.3', { text: 'v1.2.3', prefix: 'v', major: 1, minor: 2, patch: 3, prerelease: false }],
    ['1.2.3', { text: '1.2.3', prefix: '', major: 1, minor: 2, patch: 3, prerelease: false }],
    ['v1.3.0-rc.1', { text: 'v1.3.0-rc.1', prefix: 'v', major: 1, minor: 3, patch: 0, prerelease: true }],
    ['0.3.1', { text: '0.3.1', prefix: '', major: 0, minor: 3, patch: 1, prerelease: false }],
    ['  v10.20.30  ', { text: 'v10.20.30', prefix: 'v', major: 10, minor: 20, patch: 30, prerelease: false }],
    ['2.0.0-alpha-1.beta', { text: '2.0.0-alpha-1.beta', prefix: '', major: 2, minor: 0, patch: 0, prerelease: true }],
  ];
  for (const [text, expected] of accepted) {
    it(`accepts ${JSON.stringify(text)}, kept as written`, () => {
      const v = parseVersion(text);
      assert.deepEqual(
        { text: v.text, prefix: v.prefix, major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease },
        expected,
      );
    });
  }

  it('rejects build metadata, saying it cannot be part of a tag and what to write instead', () => {
    const message = inputError(() => parseVersion('v1.2.3+build.7'));
    assert.match(message, /"v1\.2\.3\+build\.7"/);
    assert.match(message, /"\+build\.7"/);
    assert.match(message, /cannot be part of a tag/);
    assert.match(message, /e\.g\. v1\.2\.3$/);
  });

  const rejected = [
    '1.2',
    'v1',
    'latest',
    '',
    'V1.2.3',
    '=1.2.3',
    'vv1.2.3',
    '01.2.3',
    '1.2.3-01',
    '1.2.3-rc_1',
    '1.2+x',
    `1.2.3-${'a'.repeat(130)}`,
  ];
  for (const text of rejected) {
    it(`rejects ${JSON.stringify(text.length > 20 ? `${text.slice(0, 20)}…` : text)}, quoting it and saying what was expected`, () => {
      const message = inputError(() => parseVersion(text));
      assert.ok(message.includes(`"${text}"`), message);
      assert.match(message, /expected|at most 128/);
    });
  }
});

describe('versionOfTag and compareVersions', () => {
  it('reads version tags and ignores the rest', () => {
    assert.equal(versionOfTag('v1.2.3')?.semver, '1.2.3');
    assert.equal(versionOfTag('1.2.3-rc.1')?.semver, '1.2.3-rc.1');
    for (const tag of ['latest', 'v1.2', 'v1', 'sha-1a2b3c', 'main', '1.2.3_amd64', 'v1.2.3-'])
      assert.equal(versionOfTag(tag), undefined, tag);
  });
  it('orders by semver, pre-releases before their release, prefix ignored', () => {
    const sorted = ['v1.10.0', '1.2.0', 'v1.2.0-rc.2', '1.2.0-rc.10', 'v0.9.9', '1.9.0']
      .map(parseVersion)
      .sort(compareVersions)
      .map((v) => v.text);
    assert.deepEqual(sorted, ['v0.9.9', 'v1.2.0-rc.2', '1.2.0-rc.10', '1.2.0', '1.9.0', 'v1.10.0']);
  });
});

describe('parseFloatingTags', () => {
  const cases: Array<[string, readonly FloatingTag[]]> = [
    ['', DEFAULT_FLOATING_TAGS],
    ['minor,major,latest', ['minor', 'major', 'latest']],
    ['latest, minor', ['minor', 'latest']],
    ['major\nmajor', ['major']],
    ['LATEST', ['latest']],
    ['none', []],
    [' none ', []],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(parseFloatingTags(text), expected));
  }
  it('the default is minor, major and latest', () => assert.deepEqual(DEFAULT_FLOATING_TAGS, ['minor', 'major', 'latest']));
  it('names an unknown word', () => {
    const message = inputError(() => parseFloatingTags('minor,patch'));
    assert.match(message, /"patch"/);
    assert.doesNotMatch(message, /"minor"/);
    assert.match(message, /expected a list of minor, major and latest, or none/);
  });
  it('names every unknown word', () =>
    assert.match(
      inputError(() => parseFloatingTags('stable, edge')),
      /"stable", "edge", which are not/,
    ));
  it('refuses none with other tags', () =>
    assert.match(
      inputError(() => parseFloatingTags('none,latest')),
      /"none,latest" combines none/,
    ));
});

/** The tags a repository holds, and which version each points at, as a release pipeline leaves them. */
class Repository {
  readonly points = new Map<string, string>();
  constructor(tags: readonly string[] = []) {
    for (const tag of tags) this.points.set(tag, tag);
  }
  release(versionText: string, floating: readonly FloatingTag[] = DEFAULT_FLOATING_TAGS): ReleaseTag[] {
    const version = parseVersion(versionText);
    const tags = releaseTags({ version, floating, existingTags: [...this.points.keys()] });
    for (const t of tags) if (t.action === 'write') this.points.set(t.tag, version.text);
    return tags;
  }
  at(tag: string): string | undefined {
    return this.points.get(tag);
  }
}

const summary = (tags: readonly ReleaseTag[]): string[] => tags.map((t) => `${t.action} ${t.tag}`);

describe('releaseTags: the release sequences of issue 15', () => {
  for (const prefix of ['v', '']) {
    describe(prefix === 'v' ? 'with a leading v' : 'without a leading v', () => {
      const repo = new Repository(['sha-1a2b3c', 'main', 'latest-arm64']);
      const steps: Array<{ version: string; expect: string[]; then: Record<string, string | undefined> }> = [
        {
          version: '1.0.0',
          expect: ['write 1.0.0', 'write 1.0', 'write 1', 'write latest'],
          then: { '1.0': '1.0.0', '1': '1.0.0', latest: '1.0.0' },
        },
        {
          version: '1.1.0',
          expect: ['write 1.1.0', 'write 1.1', 'write 1', 'write latest'],
          then: { '1.0': '1.0.0', '1.1': '1.1.0', '1': '1.1.0', latest: '1.1.0' },
        },
        {
          version: '1.0.5',
          expect: ['write 1.0.5', 'write 1.0', 'skip 1', 'skip latest'],
          then: { '1.0': '1.0.5', '1.1': '1.1.0', '1': '1.1.0', latest: '1.1.0' },
        },
        {
          version: '1.2.0-rc.1',
          expect: ['write 1.2.0-rc.1', 'skip 1.2', 'skip 1', 'skip latest'],
          then: { '1.2': undefined, '1': '1.1.0', latest: '1.1.0' },
        },
        {
          version: '1.2.0',
          expect: ['write 1.2.0', 'write 1.2', 'write 1', 'write latest'],
          then: { '1.2': '1.2.0', '1': '1.2.0', latest: '1.2.0' },
        },
        {
          version: '0.3.1',
          expect: ['write 0.3.1', 'write 0.3', 'skip 0', 'skip latest'],
          then: { '0.3': '0.3.1', '0': undefined, latest: '1.2.0' },
        },
        // A re-run of the same release moves nothing backwards and writes the same tags again.
        {
          version: '1.2.0',
          expect: ['write 1.2.0', 'write 1.2', 'write 1', 'write latest'],
          then: { '1.2': '1.2.0', '1': '1.2.0', latest: '1.2.0' },
        },
        // A hotfix of an older major: its own minor and major move, latest stays.
        {
          version: '0.3.2',
          expect: ['write 0.3.2', 'write 0.3', 'skip 0', 'skip latest'],
          then: { '0.3': '0.3.2', latest: '1.2.0' },
        },
        {
          version: '2.0.0',
          expect: ['write 2.0.0', 'write 2.0', 'write 2', 'write latest'],
          then: { '2': '2.0.0', '1': '1.2.0', latest: '2.0.0' },
        },
        {
          version: '1.3.0',
          expect: ['write 1.3.0', 'write 1.3', 'write 1', 'skip latest'],
          then: { '1.3': '1.3.0', '1': '1.3.0', latest: '2.0.0' },
        },
      ];
      const p = (text: string) => (text === 'latest' ? text : `${prefix}${text}`);
      for (const step of steps) {
        it(`${p(step.version)}: ${step.expect.map((e) => e.replace(/ (\d)/, ` ${prefix}$1`)).join(', ')}`, () => {
          assert.deepEqual(
            summary(repo.release(p(step.version))),
            step.expect.map((e) => e.replace(/ (\d)/, ` ${prefix}$1`)),
          );
          for (const [tag, version] of Object.entries(step.then)) {
            assert.equal(repo.at(p(tag)), version === undefined ? undefined : p(version), `${p(tag)} after ${p(step.version)}`);
          }
          // Tags that are not versions are never touched.
          assert.equal(repo.at('sha-1a2b3c'), 'sha-1a2b3c');
          assert.equal(repo.at('main'), 'main');
        });
      }
    });
  }
});

describe('releaseTags: reasons', () => {
  it('a floating tag that stays names where it stays and why', () => {
    const tags = releaseTags({
      version: parseVersion('v1.3.2'),
      floating: DEFAULT_FLOATING_TAGS,
      existingTags: ['v1.3.1', 'v1.4.0', 'v1.3.0'],
    });
    assert.deepEqual(tags, [
      { tag: 'v1.3.2', kind: 'version', action: 'write' },
      { tag: 'v1.3', kind: 'minor', action: 'write' },
      { tag: 'v1', kind: 'major', action: 'skip', reason: 'v1 stays at v1.4.0, which is newer than v1.3.2' },
      { tag: 'latest', kind: 'latest', action: 'skip', reason: 'latest stays at v1.4.0, which is newer than v1.3.2' },
    ]);
  });
  it('a pre-release says floating tags never point at one', () => {
    const [, minor] = releaseTags({ version: parseVersion('v1.2.0-rc.1'), floating: ['minor'], existingTags: [] });
    assert.deepEqual(minor, {
      tag: 'v1.2',
      kind: 'minor',
      action: 'skip',
      reason: 'v1.2 does not move to v1.2.0-rc.1: floating tags never point at a pre-release',
    });
  });
  it('0.y.z says why there is no major tag', () => {
    const [, major] = releaseTags({ version: parseVersion('0.3.1'), floating: ['major'], existingTags: [] });
    assert.equal(major?.action, 'skip');
    assert.equal(major?.tag, '0');
    assert.match(major?.reason ?? '', /^0 is not written for 0\.3\.1: before 1\.0\.0/);
  });
});

describe('releaseTags: what counts as highest', () => {
  const latestAction = (version: string, existingTags: string[]) =>
    releaseTags({ version: parseVersion(version), floating: ['latest'], existingTags }).find((t) => t.kind === 'latest')?.action;

  it('only tags in the same prefix style count', () => {
    assert.equal(latestAction('v1.2.0', ['1.9.0', '2.0.0']), 'write');
    assert.equal(latestAction('1.2.0', ['v1.9.0', 'v2.0.0']), 'write');
    assert.equal(latestAction('v1.2.0', ['v1.9.0']), 'skip');
  });
  it('a newer pre-release in the repository does not hold a floating tag back', () => {
    assert.equal(latestAction('v1.2.0', ['v1.3.0-rc.1', 'v2.0.0-beta.1']), 'write');
  });
  it('a release of a version the repository already has is the highest when nothing is newer', () => {
    assert.equal(latestAction('v1.2.0', ['v1.2.0', 'v1.1.0']), 'write');
  });
  it('the version being released counts even when the repository is empty', () => {
    assert.deepEqual(summary(releaseTags({ version: parseVersion('v3.0.0'), floating: DEFAULT_FLOATING_TAGS, existingTags: [] })), [
      'write v3.0.0',
      'write v3.0',
      'write v3',
      'write latest',
    ]);
  });
  it('floating tags and other non-version tags are ignored, even ones that look close', () => {
    assert.equal(latestAction('v1.2.0', ['v9', 'v9.9', 'latest', 'v9.9.9_amd64', 'sha-9.9.9', 'V9.9.9', '09.9.9']), 'write');
  });
  it('semver order, not string order: 1.10.0 is newer than 1.9.0', () => {
    assert.equal(latestAction('v1.9.0', ['v1.10.0']), 'skip');
    assert.equal(latestAction('v1.10.0', ['v1.9.0']), 'write');
  });
  it('a minor tag looks only at its own minor series, a major tag at its own major', () => {
    const tags = releaseTags({
      version: parseVersion('v1.2.5'),
      floating: ['minor', 'major'],
      existingTags: ['v1.3.0', 'v2.0.0', 'v1.2.4'],
    });
    assert.deepEqual(summary(tags), ['write v1.2.5', 'write v1.2', 'skip v1']);
  });
});

describe('releaseTags: floating-tags selection', () => {
  it('none writes the exact version tag only', () => {
    assert.deepEqual(summary(releaseTags({ version: parseVersion('v1.0.0'), floating: [], existingTags: [] })), ['write v1.0.0']);
  });
  it('a subset writes only what was asked, in the fixed order', () => {
    const floating = parseFloatingTags('latest,minor');
    assert.deepEqual(summary(releaseTags({ version: parseVersion('v1.0.0'), floating, existingTags: [] })), [
      'write v1.0.0',
      'write v1.0',
      'write latest',
    ]);
  });
});
