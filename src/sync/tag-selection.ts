// Which of a repository's tags a sync entry mirrors. The filters follow skopeo sync where users know it (regexes are
// searched, not anchored) and npm's `semver` for ranges; `latest` is applied last, to what the others kept.
// Order of the result: versions highest first (tags naming the same version by their text), then every other tag
// in code-unit order, so a plan and its shards read the same on every runner.
import { satisfies, validRange } from 'semver';
import { compareVersions, versionOfTag, type ReleaseVersion } from '../tags/version.ts';

export interface TagFilter {
  /** A range as `semver` reads it (`>=1.25 <2`); only version tags can match it. */
  readonly semver?: string | undefined;
  /** A regular expression searched in the tag (write `^…$` for the whole tag). */
  readonly include?: string | undefined;
  /** A regular expression searched in the tag; a tag it finds is left out. */
  readonly exclude?: string | undefined;
  /** Keep only the N highest release versions (no pre-releases) among the tags the other filters kept. */
  readonly latest?: number | undefined;
}

/** A filter that cannot be applied; the message quotes the value and says what was expected. */
export class TagFilterError extends Error {
  /** Which filter: `semver`, `include`, `exclude` or `latest`. */
  readonly key: keyof TagFilter;
  constructor(key: keyof TagFilter, message: string) {
    super(message);
    this.name = 'TagFilterError';
    this.key = key;
  }
}

interface CompiledFilter {
  readonly range?: string;
  readonly include?: RegExp;
  readonly exclude?: RegExp;
  readonly latest?: number;
}

/** Throws TagFilterError for the first filter that cannot be applied: the config checks with it before any run. */
export function checkTagFilter(filter: TagFilter): void {
  compile(filter);
}

/** The tags the filter selects, all filters together; no filter selects every tag. Duplicates are kept once. */
export function selectTags(tags: readonly string[], filter: TagFilter): string[] {
  const compiled = compile(filter);
  const versions: { tag: string; version: ReleaseVersion }[] = [];
  const others: string[] = [];
  for (const tag of new Set(tags)) {
    if (compiled.include !== undefined && !compiled.include.test(tag)) continue;
    if (compiled.exclude?.test(tag)) continue;
    const version = versionOfTag(tag);
    if (compiled.range !== undefined && (version === undefined || !satisfies(version.semver, compiled.range))) continue;
    if (version === undefined) others.push(tag);
    else versions.push({ tag, version });
  }
  versions.sort((a, b) => compareVersions(b.version, a.version) || byCodeUnit(a.tag, b.tag));
  others.sort(byCodeUnit);
  if (compiled.latest === undefined) return [...versions.map((v) => v.tag), ...others];
  return highestReleases(versions, compiled.latest);
}

/**
 * The first `count` distinct release versions of a list sorted highest first. Tags naming the same version
 * (`1.2.3` and `v1.2.3`) count as one version, and both are kept: they are the same release under two names.
 */
function highestReleases(sorted: readonly { tag: string; version: ReleaseVersion }[], count: number): string[] {
  const kept: string[] = [];
  let distinct = 0;
  let previous: string | undefined;
  for (const { tag, version } of sorted) {
    if (version.prerelease) continue;
    if (version.semver !== previous) {
      if (distinct === count) break;
      distinct += 1;
      previous = version.semver;
    }
    kept.push(tag);
  }
  return kept;
}

function compile(filter: TagFilter): CompiledFilter {
  const compiled: { range?: string; include?: RegExp; exclude?: RegExp; latest?: number } = {};
  if (filter.semver !== undefined) {
    // validRange("") is "*": an empty range is almost always a mistake, so it is refused rather than matching all.
    const range = filter.semver.trim() === '' ? null : validRange(filter.semver);
    if (range === null) {
      throw new TagFilterError(
        'semver',
        `semver range "${filter.semver}" is not valid; expected a range as npm's semver reads it, e.g. ">=1.25 <2", "^1.2" or "1.x"`,
      );
    }
    compiled.range = range;
  }
  if (filter.include !== undefined) compiled.include = regex('include', filter.include);
  if (filter.exclude !== undefined) compiled.exclude = regex('exclude', filter.exclude);
  if (filter.latest !== undefined) {
    if (!Number.isSafeInteger(filter.latest) || filter.latest < 1) {
      throw new TagFilterError('latest', `"latest" must be a whole number of at least 1, got ${String(filter.latest)}`);
    }
    compiled.latest = filter.latest;
  }
  return compiled;
}

function regex(key: 'include' | 'exclude', text: string): RegExp {
  if (text === '') {
    throw new TagFilterError(key, `"${key}" is empty; expected a regular expression searched in each tag, e.g. "^1\\.2" or "-alpine$"`);
  }
  try {
    // No flags: `g` would make test() stateful, and `u` refuses escapes such as `\-` that Go's regexp (skopeo) takes.
    return new RegExp(text);
  } catch (error) {
    throw new TagFilterError(key, `"${key}" regular expression "${text}" is not valid: ${(error as Error).message}`);
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
