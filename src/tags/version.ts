// Release versions: semver 2.0 as the user wrote it (`v1.2.3`, `1.3.0-rc.1`), and the same reading of a repository's
// tags, so "highest" compares like with like. Parsing and ordering are npm's `semver`, in its strict mode.
// The two parts used, not the whole package: inputs are parsed at start-up, before the step can fail fast.
import SemVer from 'semver/classes/semver.js';
import compare from 'semver/functions/compare.js';
import { TagInputError } from './errors.ts';

/** Distribution's tag grammar caps a tag at 128 characters. */
const MAX_TAG_LENGTH = 128;

export interface ReleaseVersion {
  /** Exactly as written, and so the exact version tag: `v1.2.3`. */
  readonly text: string;
  /** `v` when written with the leading `v`; floating tags follow the same style (`v1.2` vs `1.2`). */
  readonly prefix: 'v' | '';
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** True for `1.2.0-rc.1`: such a version gets its exact tag only. */
  readonly prerelease: boolean;
  /** The semver reading without the prefix (`1.2.3-rc.1`), for ordering. */
  readonly semver: string;
}

/** Parse a release version; errors quote the value and say what was expected. */
export function parseVersion(text: string): ReleaseVersion {
  const written = text.trim();
  const version = readVersion(written);
  if (version !== undefined) return version;
  const plus = written.indexOf('+');
  if (plus > 0 && readVersion(written.slice(0, plus)) !== undefined) {
    throw new TagInputError(
      `version "${written}" has build metadata ("${written.slice(plus)}"), which cannot be part of a tag (a tag has no "+"); expected the version without it, e.g. ${written.slice(0, plus)}`,
    );
  }
  if (written.length > MAX_TAG_LENGTH) {
    throw new TagInputError(`version "${written}" is ${written.length} characters long; a tag holds at most ${MAX_TAG_LENGTH}`);
  }
  throw new TagInputError(
    `version "${written}" is not a semantic version; expected MAJOR.MINOR.PATCH with an optional -prerelease and an optional leading "v", e.g. v1.2.3, 1.2.3 or v1.3.0-rc.1`,
  );
}

/** The version a tag names, or undefined for every other tag (`latest`, `v1.2`, `sha-1a2b3c`). */
export function versionOfTag(tag: string): ReleaseVersion | undefined {
  return readVersion(tag);
}

/** Semver order (pre-releases before their release); the prefix plays no part. */
export function compareVersions(a: ReleaseVersion, b: ReleaseVersion): number {
  return compare(a.semver, b.semver);
}

function readVersion(text: string): ReleaseVersion | undefined {
  // Strict semver allows only these characters; checking first keeps semver's own leniency (trimming, `=`) out.
  if (text.length > MAX_TAG_LENGTH || !/^v?[0-9A-Za-z.-]+$/.test(text)) return undefined;
  let parsed: SemVer;
  try {
    parsed = new SemVer(text);
  } catch {
    return undefined;
  }
  return {
    text,
    prefix: text.startsWith('v') ? 'v' : '',
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.length > 0,
    semver: parsed.version,
  };
}
