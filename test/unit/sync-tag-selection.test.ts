import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TagFilterError, checkTagFilter, selectTags, type TagFilter } from '../../src/sync/tag-selection.ts';

// A repository's tags as upstream images have them: versions with and without `v`, partial versions (not semver),
// pre-releases, variant suffixes and floating names.
const NGINX = [
  'latest',
  'stable',
  'mainline',
  '1.24.0',
  '1.25.0',
  '1.25.3',
  '1.25.3-perl',
  '1.25.3-alpine',
  '1.25',
  '1.26.0-rc.1',
  '1.26.0',
  'v1.26.1',
  '1.27.0',
  '2.0.0-beta.1',
  '2.0.0',
  '0.9.9',
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function filterError(filter: TagFilter): TagFilterError {
  try {
    checkTagFilter(filter);
  } catch (error) {
    assert.ok(error instanceof TagFilterError, `expected TagFilterError, got ${String(error)}`);
    assert.throws(() => selectTags(['1.0.0'], filter), TagFilterError);
    return error;
  }
  assert.fail(`the filter ${JSON.stringify(filter)} was accepted but should have been rejected`);
}

describe('selectTags: the filters', () => {
  const cases: Array<{ name: string; filter: TagFilter; expected: string[] }> = [
    {
      name: 'no filter keeps every tag: versions highest first, then the others in code-unit order',
      filter: {},
      expected: [
        '2.0.0',
        '2.0.0-beta.1',
        '1.27.0',
        'v1.26.1',
        '1.26.0',
        '1.26.0-rc.1',
        '1.25.3',
        '1.25.3-perl',
        '1.25.3-alpine',
        '1.25.0',
        '1.24.0',
        '0.9.9',
        '1.25',
        'latest',
        'mainline',
        'stable',
      ],
    },
    {
      name: 'include is searched in the tag, not anchored (as skopeo sync)',
      filter: { include: 'alpine|perl' },
      expected: ['1.25.3-perl', '1.25.3-alpine'],
    },
    {
      name: 'include anchored by the user matches whole tags only',
      filter: { include: '^1\\.25$' },
      expected: ['1.25'],
    },
    {
      name: 'exclude leaves out what it finds anywhere in the tag',
      filter: { exclude: '-|^\\d' },
      expected: ['v1.26.1', 'latest', 'mainline', 'stable'],
    },
    {
      name: 'semver keeps versions in range; pre-releases only where the range names one; non-versions never',
      filter: { semver: '>=1.25 <2' },
      expected: ['1.27.0', 'v1.26.1', '1.26.0', '1.25.3', '1.25.0'],
    },
    {
      name: 'a range naming a pre-release of 1.26.0 admits that tuple’s pre-releases',
      filter: { semver: '>=1.26.0-rc.0 <1.27' },
      expected: ['v1.26.1', '1.26.0', '1.26.0-rc.1'],
    },
    {
      name: 'a leading v counts: v1.26.1 is version 1.26.1',
      filter: { semver: '~1.26.1' },
      expected: ['v1.26.1'],
    },
    {
      name: 'semver, include and exclude together (AND): an anchored include leaves the v-prefixed tag out',
      filter: { semver: '>=1.24', include: '^1\\.2[5-9]', exclude: '^1\\.27' },
      expected: ['1.26.0', '1.25.3', '1.25.0'],
    },
    {
      name: 'latest: the N highest release versions, pre-releases and non-versions left out',
      filter: { latest: 3 },
      expected: ['2.0.0', '1.27.0', 'v1.26.1'],
    },
    {
      name: 'latest is applied last, to what the other filters kept',
      filter: { include: '^1\\.25', latest: 1 },
      expected: ['1.25.3'],
    },
    {
      name: 'latest larger than the versions kept keeps them all',
      filter: { semver: '<1', latest: 10 },
      expected: ['0.9.9'],
    },
    {
      name: 'latest over tags with no version keeps nothing',
      filter: { include: '^[a-z]+$', latest: 2 },
      expected: [],
    },
  ];
  for (const { name, filter, expected } of cases) {
    it(name, () => {
      assert.deepEqual(selectTags(NGINX, filter), expected);
    });
  }

  it('counts tags that name the same version as one version, and keeps both names', () => {
    assert.deepEqual(selectTags(['1.2.3', 'v1.2.3', '1.2.2', '1.2.1'], { latest: 2 }), ['1.2.3', 'v1.2.3', '1.2.2']);
  });

  it('takes escapes Go’s regexp (skopeo) takes, such as \\- outside a class', () => {
    assert.deepEqual(selectTags(NGINX, { include: '\\-(perl|alpine)$' }), ['1.25.3-perl', '1.25.3-alpine']);
  });

  it('a tag listed twice is selected once', () => {
    assert.deepEqual(selectTags(['1.0.0', 'a', '1.0.0', 'a'], {}), ['1.0.0', 'a']);
  });

  it('gives the same result whatever order the registry listed the tags in', () => {
    const expected = selectTags(NGINX, { exclude: 'rc' });
    for (const seed of [1, 2, 3, 42, 1234]) assert.deepEqual(selectTags(shuffled(NGINX, seed), { exclude: 'rc' }), expected);
  });

  it('the same filter applied twice gives the same answer (no regex state carried over)', () => {
    const filter: TagFilter = { include: '\\d' };
    assert.deepEqual(selectTags(NGINX, filter), selectTags(NGINX, filter));
  });

  it('handles a fleet-sized tag list', () => {
    const tags = Array.from({ length: 5000 }, (_, i) => `${Math.floor(i / 100)}.${Math.floor(i / 10) % 10}.${i % 10}`);
    const selected = selectTags(tags, { semver: '>=49', latest: 5 });
    assert.deepEqual(selected, ['49.9.9', '49.9.8', '49.9.7', '49.9.6', '49.9.5']);
  });
});

describe('selectTags: filters that cannot be applied', () => {
  it('an invalid regular expression is quoted', () => {
    const error = filterError({ include: '(' });
    assert.equal(error.key, 'include');
    assert.match(error.message, /"include" regular expression "\(" is not valid/);
    assert.equal(filterError({ exclude: '[a-' }).key, 'exclude');
  });

  it('an empty regular expression is refused rather than matching every tag', () => {
    assert.match(filterError({ include: '' }).message, /"include" is empty; expected a regular expression/);
  });

  it('an invalid semver range is quoted, with examples', () => {
    const error = filterError({ semver: 'newest' });
    assert.equal(error.key, 'semver');
    assert.match(error.message, /semver range "newest" is not valid; expected a range/);
    assert.match(filterError({ semver: '  ' }).message, /semver range " {2}" is not valid/);
  });

  it('latest must be a whole number of at least 1', () => {
    for (const latest of [0, -1, 1.5, Number.NaN]) {
      const error = filterError({ latest });
      assert.equal(error.key, 'latest');
      assert.match(error.message, /"latest" must be a whole number of at least 1, got/);
    }
  });
});
