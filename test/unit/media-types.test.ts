import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DOCKER_IMAGE_CONFIG,
  DOCKER_LIST,
  DOCKER_MANIFEST,
  DOCKER_SCHEMA1,
  DOCKER_SCHEMA1_SIGNED,
  MANIFEST_ACCEPT,
  OCI_IMAGE_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
  baseMediaType,
  isImageConfig,
  isImageManifest,
  isIndex,
} from '../../src/oci/media-types.ts';

describe('baseMediaType', () => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, ''],
    ['', ''],
    [OCI_INDEX, OCI_INDEX],
    [`${OCI_INDEX}; charset=utf-8`, OCI_INDEX],
    [`${DOCKER_MANIFEST};charset=utf-8;q=1`, DOCKER_MANIFEST],
    ['  application/vnd.OCI.image.Manifest.v1+JSON  ', OCI_MANIFEST],
    ['APPLICATION/VND.DOCKER.DISTRIBUTION.MANIFEST.LIST.V2+JSON; charset=UTF-8', DOCKER_LIST],
    ['application/json', 'application/json'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(baseMediaType(input), expected);
    });
  }
});

describe('isIndex / isImageManifest / isImageConfig', () => {
  const cases: Array<{ contentType: string; index: boolean; image: boolean; config: boolean }> = [
    { contentType: OCI_INDEX, index: true, image: false, config: false },
    { contentType: DOCKER_LIST, index: true, image: false, config: false },
    { contentType: OCI_MANIFEST, index: false, image: true, config: false },
    { contentType: DOCKER_MANIFEST, index: false, image: true, config: false },
    { contentType: `${OCI_INDEX}; charset=utf-8`, index: true, image: false, config: false },
    { contentType: 'Application/VND.Docker.Distribution.Manifest.V2+json', index: false, image: true, config: false },
    { contentType: DOCKER_SCHEMA1, index: false, image: false, config: false },
    { contentType: OCI_IMAGE_CONFIG, index: false, image: false, config: true },
    { contentType: DOCKER_IMAGE_CONFIG, index: false, image: false, config: true },
    { contentType: 'application/json', index: false, image: false, config: false },
    { contentType: '', index: false, image: false, config: false },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.contentType)} (after baseMediaType): index=${c.index} image=${c.image} config=${c.config}`, () => {
      const base = baseMediaType(c.contentType);
      assert.equal(isIndex(base), c.index);
      assert.equal(isImageManifest(base), c.image);
      assert.equal(isImageConfig(base), c.config);
    });
  }
});

describe('MANIFEST_ACCEPT', () => {
  it('asks for every copyable manifest type and not for schema 1', () => {
    const types = MANIFEST_ACCEPT.split(',').map((t) => t.trim());
    assert.deepEqual(new Set(types), new Set([OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST]));
    assert.ok(!types.includes(DOCKER_SCHEMA1) && !types.includes(DOCKER_SCHEMA1_SIGNED));
  });
});
