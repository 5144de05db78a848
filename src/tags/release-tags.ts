// Which tags a release writes, decided from the repository's own tag list so that floating tags only move forward:
// a hotfix 1.0.5 released after 1.2.0 moves v1.0 but leaves v1 and latest at 1.2.0. Pure: the caller lists the tags.
import { splitList } from '../display.ts';
import { TagInputError } from './errors.ts';
import { compareVersions, versionOfTag, type ReleaseVersion } from './version.ts';

/** The floating tags a release may move, besides its exact version tag. */
export type FloatingTag = 'minor' | 'major' | 'latest';

/** In the order they are written and reported, whatever order the user listed them in. */
const FLOATING_ORDER: readonly FloatingTag[] = ['minor', 'major', 'latest'];

export const DEFAULT_FLOATING_TAGS: readonly FloatingTag[] = FLOATING_ORDER;

/** `version` is the exact version tag; the others are the floating tags of that name. */
export type ReleaseTagKind = 'version' | FloatingTag;

export interface ReleaseTag {
  readonly tag: string;
  readonly kind: ReleaseTagKind;
  /** `skip`: a rule keeps the tag where it is; `reason` says which, as a sentence for the result and the summary. */
  readonly action: 'write' | 'skip';
  readonly reason?: string;
}

export interface ReleaseTagsOptions {
  readonly version: ReleaseVersion;
  readonly floating: readonly FloatingTag[];
  /** Every tag the target repository has now (all pages); tags that are not versions are ignored. */
  readonly existingTags: readonly string[];
}

/**
 * Parse `minor,major,latest` (commas or lines; any order; repeats are harmless), or `none`. Empty means the
 * default, all three.
 */
export function parseFloatingTags(text: string): readonly FloatingTag[] {
  const words = splitList(text).map((word) => word.toLowerCase());
  if (words.length === 0) return DEFAULT_FLOATING_TAGS;
  const unknown = words.filter((word) => word !== 'none' && !(FLOATING_ORDER as readonly string[]).includes(word));
  if (unknown.length > 0) {
    throw new TagInputError(
      `floating-tags has ${unknown.map((word) => `"${word}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a floating tag' : 'are not floating tags'}; expected a list of minor, major and latest, or none`,
    );
  }
  if (words.includes('none')) {
    if (words.some((word) => word !== 'none')) {
      throw new TagInputError(
        `floating-tags "${text.trim()}" combines none with other tags; expected either none or a list of minor, major and latest`,
      );
    }
    return [];
  }
  return FLOATING_ORDER.filter((kind) => words.includes(kind));
}

/**
 * The tags a release of `version` writes into a repository that holds `existingTags`: the exact version tag always
 * (whether it may replace another digest is overwriteDecision's call), then each floating tag asked for, written only
 * when the version is the highest stable one in its range. The version being released counts as present.
 */
export function releaseTags(options: ReleaseTagsOptions): ReleaseTag[] {
  const { version, floating } = options;
  // Only tags in the same prefix style count: `1.9.0` says nothing about where `v1` should point.
  const stable = options.existingTags
    .map(versionOfTag)
    .filter((v): v is ReleaseVersion => v !== undefined && v.prefix === version.prefix && !v.prerelease);
  const result: ReleaseTag[] = [{ tag: version.text, kind: 'version', action: 'write' }];
  for (const kind of FLOATING_ORDER.filter((k) => floating.includes(k))) {
    result.push(floatingTag(kind, version, stable));
  }
  return result;
}

function floatingTag(kind: FloatingTag, version: ReleaseVersion, stable: readonly ReleaseVersion[]): ReleaseTag {
  const tag = floatingName(kind, version);
  if (version.prerelease) {
    return { tag, kind, action: 'skip', reason: `${tag} does not move to ${version.text}: floating tags never point at a pre-release` };
  }
  if (kind === 'major' && version.major === 0) {
    return {
      tag,
      kind,
      action: 'skip',
      reason: `${tag} is not written for ${version.text}: before 1.0.0 anything may change between minor versions, so there is no major tag`,
    };
  }
  const inRange = stable.filter((v) => kind === 'latest' || (v.major === version.major && (kind === 'major' || v.minor === version.minor)));
  // A pre-release never holds a floating tag, so it never keeps one from moving: only stable versions compete.
  const highest = inRange.reduce<ReleaseVersion>((best, v) => (compareVersions(v, best) > 0 ? v : best), version);
  if (highest === version) return { tag, kind, action: 'write' };
  return { tag, kind, action: 'skip', reason: `${tag} stays at ${highest.text}, which is newer than ${version.text}` };
}

/** `v1.2`, `v1`, `latest`; without the `v` when the version has none. */
function floatingName(kind: FloatingTag, version: ReleaseVersion): string {
  if (kind === 'latest') return 'latest';
  if (kind === 'major') return `${version.prefix}${version.major}`;
  return `${version.prefix}${version.major}.${version.minor}`;
}
