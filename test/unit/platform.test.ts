import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlatformError, formatPlatform, parsePlatform, platformMatches, type Platform } from '../../src/oci/platform.ts';

describe('parsePlatform', () => {
  const valid: Array<[string, Platform]> = [
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['  Linux/AMD64  ', { os: 'linux', architecture: 'amd64' }],
    ['windows/amd64', { os: 'windows', architecture: 'amd64' }],
    ['linux/ppc64le', { os: 'linux', architecture: 'ppc64le' }],
    ['linux/riscv64', { os: 'linux', architecture: 'riscv64' }],
  ];
  for (const [text, expected] of valid) {
    it(`parses ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parsePlatform(text), expected);
    });
  }

  const invalid = [
    '',
    'linux',
    'linux/',
    '/amd64',
    'linux//amd64',
    'linux/arm64/v8/extra',
    'linux/amd 64',
    'linux/amd64,linux/arm64',
    'linux/*',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)} quoting it`, () => {
      assert.throws(
        () => parsePlatform(text),
        (error: unknown) => {
          assert.ok(error instanceof PlatformError);
          assert.ok(error.message.includes(`"${text}"`), error.message);
          assert.match(error.message, /expected os\/architecture\[\/variant\]/);
          return true;
        },
      );
    });
  }
});

describe('formatPlatform', () => {
  const cases: Array<[Platform, string]> = [
    [{ os: 'linux', architecture: 'amd64' }, 'linux/amd64'],
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'linux/arm64/v8'],
    [{ os: 'linux', architecture: 'arm', variant: '' }, 'linux/arm'],
  ];
  for (const [platform, expected] of cases) {
    it(`formats ${expected}`, () => {
      assert.equal(formatPlatform(platform), expected);
    });
  }
  for (const text of ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v6']) {
    it(`round-trips ${text}`, () => {
      assert.equal(formatPlatform(parsePlatform(text)), text);
    });
  }
});

describe('platformMatches', () => {
  const cases: Array<{ wanted: string; have: string; matches: boolean; why: string }> = [
    { wanted: 'linux/amd64', have: 'linux/amd64', matches: true, why: 'identical' },
    { wanted: 'linux/arm64', have: 'linux/arm64/v8', matches: true, why: 'arm64 == arm64/v8' },
    { wanted: 'linux/arm64/v8', have: 'linux/arm64', matches: true, why: 'arm64/v8 == arm64 (v8 is the default)' },
    { wanted: 'linux/arm/v7', have: 'linux/arm', matches: true, why: 'arm without variant is v7' },
    { wanted: 'linux/arm/v6', have: 'linux/arm', matches: false, why: 'arm without variant is not v6' },
    { wanted: 'linux/arm', have: 'linux/arm/v6', matches: true, why: 'a request without variant takes any variant' },
    { wanted: 'linux/arm', have: 'linux/arm/v7', matches: true, why: 'a request without variant takes v7' },
    { wanted: 'linux/arm/v7', have: 'linux/arm/v6', matches: false, why: 'different variants' },
    { wanted: 'linux/amd64/v1', have: 'linux/amd64', matches: true, why: 'amd64/v1 is plain amd64' },
    { wanted: 'linux/amd64/v2', have: 'linux/amd64', matches: false, why: 'amd64/v2 is not plain amd64' },
    { wanted: 'linux/amd64', have: 'linux/amd64/v3', matches: true, why: 'no variant wanted' },
    { wanted: 'linux/amd64', have: 'windows/amd64', matches: false, why: 'os mismatch' },
    { wanted: 'windows/amd64', have: 'linux/amd64', matches: false, why: 'os mismatch the other way' },
    { wanted: 'linux/amd64', have: 'linux/arm64', matches: false, why: 'architecture mismatch' },
    { wanted: 'linux/arm64', have: 'linux/arm/v8', matches: false, why: 'arm is not arm64' },
  ];
  for (const c of cases) {
    it(`${c.wanted} ${c.matches ? 'matches' : 'does not match'} ${c.have} (${c.why})`, () => {
      assert.equal(platformMatches(parsePlatform(c.wanted), parsePlatform(c.have)), c.matches);
    });
  }
});
