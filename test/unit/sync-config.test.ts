import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../src/defaults.ts';
import { SyncConfigError, parseSyncConfig, type SyncJob } from '../../src/sync/config.ts';
import { selectTags } from '../../src/sync/tag-selection.ts';

/** Lines joined, so a test's YAML reads as the file would and its line numbers are countable. */
function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function configError(text: string, file = 'mirror.yml'): SyncConfigError {
  try {
    parseSyncConfig(text, file);
  } catch (error) {
    assert.ok(error instanceof SyncConfigError, `expected SyncConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('the config was accepted but should have been rejected');
}

/** The parts of a job a table compares. */
function brief(job: SyncJob): Record<string, unknown> {
  return {
    source: `${job.source.registry}/${job.source.repository}`,
    target: `${job.target.registry}/${job.target.repository}`,
    line: job.line,
  };
}

describe('parseSyncConfig: the issue’s example', () => {
  const text = yaml(
    'defaults: { platforms: all, referrers: true }',
    'sync:',
    '  - source: docker.io/library/nginx',
    '    target: ghcr.io/acme/mirror/nginx',
    '    tags: { semver: ">=1.25 <2", include: "^1\\\\.2[5-9]", exclude: "-perl$", latest: 10 }',
    '  - source: quay.io/prometheus',
    '    target: ghcr.io/acme/mirror',
    '    repositories: [prometheus, alertmanager]',
  );

  it('gives one job per repository, with the filters, the defaults and where each was written', () => {
    const { jobs } = parseSyncConfig(text, 'mirror.yml');
    assert.deepEqual(jobs, [
      {
        source: { registry: 'docker.io', repository: 'library/nginx' },
        target: { registry: 'ghcr.io', repository: 'acme/mirror/nginx' },
        filter: { semver: '>=1.25 <2', include: '^1\\.2[5-9]', exclude: '-perl$', latest: 10 },
        platforms: undefined,
        referrers: true,
        concurrency: DEFAULT_CONCURRENCY,
        prune: false,
        line: 3,
      },
      {
        source: { registry: 'quay.io', repository: 'prometheus/prometheus' },
        target: { registry: 'ghcr.io', repository: 'acme/mirror/prometheus' },
        filter: {},
        platforms: undefined,
        referrers: true,
        concurrency: DEFAULT_CONCURRENCY,
        prune: false,
        line: 8,
      },
      {
        source: { registry: 'quay.io', repository: 'prometheus/alertmanager' },
        target: { registry: 'ghcr.io', repository: 'acme/mirror/alertmanager' },
        filter: {},
        platforms: undefined,
        referrers: true,
        concurrency: DEFAULT_CONCURRENCY,
        prune: false,
        line: 8,
      },
    ]);
  });

  it('the filter it reads selects tags as written (the regex escape survives YAML)', () => {
    const [nginx] = parseSyncConfig(text, 'mirror.yml').jobs;
    assert.deepEqual(selectTags(['1.24.0', '1.25.0', '1.26.0', '1.26.0-perl', 'latest', '2.0.0'], nginx!.filter), ['1.26.0', '1.25.0']);
  });
});

describe('parseSyncConfig: settings and their defaults', () => {
  it('built-in defaults: every platform, referrers on, the default concurrency, no prune', () => {
    const [job] = parseSyncConfig(yaml('sync:', '  - { source: nginx, target: localhost:5000/nginx }'), 'm.yml').jobs;
    assert.deepEqual(
      { platforms: job!.platforms, referrers: job!.referrers, concurrency: job!.concurrency, prune: job!.prune },
      { platforms: undefined, referrers: true, concurrency: DEFAULT_CONCURRENCY, prune: false },
    );
    assert.deepEqual(brief(job!), { source: 'docker.io/library/nginx', target: 'localhost:5000/nginx', line: 2 });
  });

  it('"defaults" apply to every entry, and an entry overrides each setting on its own', () => {
    const { jobs } = parseSyncConfig(
      yaml(
        'defaults:',
        '  platforms: linux/amd64,linux/arm64/v8',
        '  referrers: false',
        '  concurrency: 4',
        'sync:',
        '  - source: nginx',
        '    target: ghcr.io/acme/nginx',
        '  - source: redis',
        '    target: ghcr.io/acme/redis',
        '    platforms: all',
        '    referrers: true',
        '    concurrency: 16',
        '    prune: true',
      ),
      'm.yml',
    );
    assert.deepEqual(
      jobs.map((j) => ({ platforms: j.platforms, referrers: j.referrers, concurrency: j.concurrency, prune: j.prune })),
      [
        {
          platforms: [
            { os: 'linux', architecture: 'amd64' },
            { os: 'linux', architecture: 'arm64', variant: 'v8' },
          ],
          referrers: false,
          concurrency: 4,
          prune: false,
        },
        { platforms: undefined, referrers: true, concurrency: 16, prune: true },
      ],
    );
  });

  it('platforms as a YAML list reads like the comma-separated form', () => {
    const [fromList] = parseSyncConfig(
      yaml('sync:', '  - source: a', '    target: b/a', '    platforms: [linux/amd64, linux/arm/v7]'),
      'm.yml',
    ).jobs;
    const [fromText] = parseSyncConfig(
      yaml('sync:', '  - source: a', '    target: b/a', '    platforms: "linux/amd64, linux/arm/v7"'),
      'm.yml',
    ).jobs;
    assert.deepEqual(fromList!.platforms, [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ]);
    assert.deepEqual(fromText!.platforms, fromList!.platforms);
  });

  it('concurrency accepts 1 and MAX_CONCURRENCY', () => {
    for (const n of [1, MAX_CONCURRENCY]) {
      const [job] = parseSyncConfig(yaml('sync:', `  - { source: a, target: b/a, concurrency: ${n} }`), 'm.yml').jobs;
      assert.equal(job!.concurrency, n);
    }
  });

  it('a semver range written as a bare number keeps its text (1.10 is not 1.1)', () => {
    const [job] = parseSyncConfig(yaml('sync:', '  - source: a', '    target: b/a', '    tags: { semver: 1.10 }'), 'm.yml').jobs;
    assert.equal(job!.filter.semver, '1.10');
    assert.deepEqual(selectTags(['1.1.0', '1.10.3'], job!.filter), ['1.10.3']);
  });

  it('YAML anchors and aliases share a filter between entries', () => {
    const { jobs } = parseSyncConfig(
      yaml(
        'sync:',
        '  - source: nginx',
        '    target: ghcr.io/acme/nginx',
        '    tags: &releases { semver: ">=1", latest: 3 }',
        '  - source: redis',
        '    target: ghcr.io/acme/redis',
        '    tags: *releases',
      ),
      'm.yml',
    );
    assert.deepEqual(jobs[1]!.filter, { semver: '>=1', latest: 3 });
  });
});

describe('parseSyncConfig: repositories under prefixes', () => {
  it('a registry alone as prefix (with a port), names with slashes, and a trailing slash', () => {
    const { jobs } = parseSyncConfig(
      yaml(
        'sync:',
        '  - source: localhost:5000/',
        '    target: 127.0.0.1:5001/mirror',
        '    repositories:',
        '      - team/app',
        '      - tools',
      ),
      'm.yml',
    );
    assert.deepEqual(jobs.map(brief), [
      { source: 'localhost:5000/team/app', target: '127.0.0.1:5001/mirror/team/app', line: 5 },
      { source: 'localhost:5000/tools', target: '127.0.0.1:5001/mirror/tools', line: 6 },
    ]);
  });

  it('Docker Hub prefixes normalise like any reference: docker.io + nginx is library/nginx', () => {
    const { jobs } = parseSyncConfig(
      yaml('sync:', '  - source: docker.io', '    target: ghcr.io/acme', '    repositories: [nginx, bitnami/redis]'),
      'm.yml',
    );
    assert.deepEqual(
      jobs.map((j) => j.source),
      [
        { registry: 'docker.io', repository: 'library/nginx' },
        { registry: 'docker.io', repository: 'bitnami/redis' },
      ],
    );
  });

  it('every job of a list shares the entry’s filter and settings', () => {
    const { jobs } = parseSyncConfig(
      yaml(
        'sync:',
        '  - source: quay.io/prometheus',
        '    target: ghcr.io/m',
        '    repositories: [prometheus, alertmanager]',
        '    tags: { latest: 2 }',
        '    prune: true',
      ),
      'm.yml',
    );
    assert.deepEqual(
      jobs.map((j) => [j.filter, j.prune]),
      [
        [{ latest: 2 }, true],
        [{ latest: 2 }, true],
      ],
    );
  });
});

describe('parseSyncConfig: errors say file:line:column and what was expected', () => {
  const cases: Array<{ name: string; text: string; message: string }> = [
    {
      name: 'latest that is not a number (the brief’s example)',
      text: yaml('sync:', '  - source: nginx', '    target: ghcr.io/a/nginx', '    tags:', '      semver: ">=1"', '      latest: ten'),
      message: 'mirror.yml:6:15: "latest" must be a whole number of at least 1, got "ten"',
    },
    {
      name: 'latest of 0',
      text: yaml('sync:', '  - { source: a, target: b/a, tags: { latest: 0 } }'),
      message: 'mirror.yml:2:47: "latest" must be a whole number of at least 1, got "0"',
    },
    {
      name: 'latest that is a fraction',
      text: yaml('sync:', '  - { source: a, target: b/a, tags: { latest: 2.5 } }'),
      message: 'mirror.yml:2:47: "latest" must be a whole number of at least 1, got "2.5"',
    },
    {
      name: 'an invalid regex, quoted',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    tags: { include: "v(1" }'),
      message: 'mirror.yml:4:22: "include" regular expression "v(1" is not valid: Invalid regular expression: /v(1/: Unterminated group',
    },
    {
      name: 'an invalid semver range, quoted',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    tags: { semver: ">=1.x.y.z" }'),
      message:
        'mirror.yml:4:21: semver range ">=1.x.y.z" is not valid; expected a range as npm\'s semver reads it, e.g. ">=1.25 <2", "^1.2" or "1.x"',
    },
    {
      name: 'an unknown key in an entry, named with the keys expected',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    tag: { latest: 1 }'),
      message:
        'mirror.yml:4:5: unknown key "tag" in a sync entry; expected one of source, target, repositories, tags, platforms, referrers, concurrency, prune',
    },
    {
      name: 'an unknown key under tags',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    tags: { regex: "x" }'),
      message: 'mirror.yml:4:13: unknown key "regex" in "tags"; expected one of semver, include, exclude, latest',
    },
    {
      name: 'an unknown key at the top',
      text: yaml('default: {}', 'sync: []'),
      message: 'mirror.yml:1:1: unknown key "default" in the config; expected one of defaults, sync',
    },
    {
      name: 'prune is per entry, not a default',
      text: yaml('defaults: { prune: true }', 'sync:', '  - { source: a, target: b/a }'),
      message: 'mirror.yml:1:13: unknown key "prune" in "defaults"; expected one of platforms, referrers, concurrency',
    },
    {
      name: 'a source with a tag',
      text: yaml('sync:', '  - source: nginx:1.27', '    target: ghcr.io/a/nginx'),
      message:
        'mirror.yml:2:13: source "nginx:1.27" names tag "1.27"; a sync source is a repository, tags are chosen with "tags:" (expected e.g. docker.io/library/nginx)',
    },
    {
      name: 'a target with latest written out',
      text: yaml('sync:', '  - source: nginx', '    target: ghcr.io/a/nginx:latest'),
      message:
        'mirror.yml:3:13: target "ghcr.io/a/nginx:latest" names tag "latest"; a sync target is a repository, tags are chosen with "tags:" (expected e.g. ghcr.io/a/nginx)',
    },
    {
      name: 'a source with a digest',
      text: yaml('sync:', `  - source: nginx@sha256:${'a'.repeat(64)}`, '    target: ghcr.io/a/nginx'),
      message: `mirror.yml:2:13: source "nginx@sha256:${'a'.repeat(64)}" names digest sha256:${'a'.repeat(64)}; a sync source is a repository, tags are chosen with "tags:" (expected e.g. docker.io/library/nginx)`,
    },
    {
      name: 'a registry with a port but no repositories',
      text: yaml('sync:', '  - source: localhost:5000', '    target: ghcr.io/a/b'),
      message:
        'mirror.yml:2:13: source "localhost:5000" reads as repository "library/localhost" with tag "5000"; to mirror repositories of the registry localhost:5000, list them under "repositories:"',
    },
    {
      name: 'a prefix with a tag',
      text: yaml('sync:', '  - source: quay.io/prometheus:v2', '    target: ghcr.io/m', '    repositories: [prometheus]'),
      message:
        'mirror.yml:2:13: source "quay.io/prometheus:v2" names a tag; with "repositories:" it is a prefix such as quay.io/prometheus',
    },
    {
      name: 'a repository name with a tag',
      text: yaml('sync:', '  - source: quay.io/prometheus', '    target: ghcr.io/m', '    repositories:', '      - prometheus:v2'),
      message: 'mirror.yml:5:9: repository "prometheus:v2" names a tag or digest; expected a repository name (choose tags with "tags:")',
    },
    {
      name: 'an invalid repository name, with the reference parser’s reason',
      text: yaml('sync:', '  - source: ghcr.io/Acme/app', '    target: ghcr.io/m/app'),
      message:
        'mirror.yml:2:13: source: Invalid image reference "ghcr.io/Acme/app": repository names must be lowercase ("Acme" has capitals).',
    },
    {
      name: 'a repository listed twice',
      text: yaml('sync:', '  - source: quay.io/p', '    target: ghcr.io/m', '    repositories: [a, b, a]'),
      message: 'mirror.yml:4:26: repository "a" is listed twice in "repositories"',
    },
    {
      name: 'an empty repositories list',
      text: yaml('sync:', '  - source: quay.io/p', '    target: ghcr.io/m', '    repositories: []'),
      message: 'mirror.yml:4:19: "repositories" is an empty list; expected repository names, e.g. [prometheus, alertmanager]',
    },
    {
      name: 'two entries writing one target repository',
      text: yaml(
        'sync:',
        '  - source: nginx',
        '    target: ghcr.io/m/web',
        '  - source: quay.io/p',
        '    target: ghcr.io/m',
        '    repositories: [web]',
      ),
      message: 'mirror.yml:6:20: target ghcr.io/m/web is also the target of line 2; each target repository takes one entry',
    },
    {
      name: 'a repository mirrored onto itself',
      text: yaml('sync:', '  - source: docker.io/library/nginx', '    target: nginx'),
      message: 'mirror.yml:2:5: source and target are both docker.io/library/nginx; a repository cannot be mirrored onto itself',
    },
    {
      name: 'an entry without target',
      text: yaml('sync:', '  - source: nginx'),
      message: 'mirror.yml:2:5: the sync entry has no "target"; expected both source and target, e.g. source: docker.io/library/nginx',
    },
    {
      name: 'a source that is not a string',
      text: yaml('sync:', '  - source: [nginx]', '    target: ghcr.io/m/nginx'),
      message: 'mirror.yml:2:13: "source" must be a string, got a list',
    },
    {
      name: 'referrers written as yes (YAML 1.2 reads a string)',
      text: yaml('sync:', '  - { source: a, target: b/a, referrers: yes }'),
      message: 'mirror.yml:2:42: "referrers" must be true or false, got "yes"',
    },
    {
      name: 'concurrency above the maximum',
      text: yaml('sync:', '  - { source: a, target: b/a, concurrency: 65 }'),
      message: `mirror.yml:2:44: "concurrency" must be a whole number from 1 to ${MAX_CONCURRENCY}, got "65"`,
    },
    {
      name: 'a platform that is not os/arch, pointing at the list item',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    platforms:', '      - linux/amd64', '      - arm64'),
      message: 'mirror.yml:6:9: platform "arm64" is not valid; expected os/architecture[/variant], e.g. linux/arm64/v8',
    },
    {
      name: 'platforms that list nothing',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    platforms: ","'),
      message: 'mirror.yml:4:16: "platforms" lists no platform; expected all, or e.g. linux/amd64,linux/arm64',
    },
    {
      name: 'sync that is not a list',
      text: yaml('sync:', '  source: a', '  target: b/a'),
      message: 'mirror.yml:2:3: "sync" must be a list, got a mapping',
    },
    {
      name: 'an empty sync list',
      text: yaml('sync: []'),
      message: 'mirror.yml:1:7: "sync" is an empty list; expected at least one entry with source and target',
    },
    {
      name: 'no sync at all',
      text: yaml('defaults: { referrers: false }'),
      message: 'mirror.yml:1:1: the config has no "sync:" list; expected entries with source and target',
    },
    {
      name: 'an empty file',
      text: '',
      message: 'mirror.yml:1:1: the config is empty; expected a mapping with a "sync:" list of entries (source, target)',
    },
    {
      name: 'a file that is a list, not a mapping',
      text: yaml('- source: a'),
      message: 'mirror.yml:1:1: the config must be a mapping (key: value), got a list',
    },
    {
      name: 'a key given twice (YAML itself refuses it)',
      text: yaml('sync:', '  - source: a', '    source: b', '    target: c/a'),
      message: 'mirror.yml:3:5: Map keys must be unique (not valid YAML)',
    },
    {
      name: 'broken YAML, where the parser noticed (an unclosed quote: at the end)',
      text: yaml('sync:', '  - source: "a', '    target: b'),
      message: 'mirror.yml:4:1: Missing closing "quote (not valid YAML)',
    },
    {
      name: 'an alias that names no anchor',
      text: yaml('sync:', '  - source: a', '    target: b/a', '    tags: *nothing'),
      message: 'mirror.yml:4:11: alias "*nothing" names no anchor defined before it',
    },
  ];
  for (const { name, text, message } of cases) {
    it(name, () => {
      const error = configError(text);
      assert.equal(error.message, message);
      const [, line, column] = /^mirror\.yml:(\d+):(\d+): /.exec(message)!;
      assert.deepEqual([error.file, error.line, error.column], ['mirror.yml', Number(line), Number(column)]);
    });
  }

  it('names the file it was given', () => {
    assert.match(configError('sync: []\n', '.github/mirror.yml').message, /^\.github\/mirror\.yml:1:7: /);
  });
});
