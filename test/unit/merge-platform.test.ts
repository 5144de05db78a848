import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { VerifyingStream, digestOf } from '../../src/oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../../src/oci/manifest.ts';
import { DOCKER_IMAGE_CONFIG, DOCKER_MANIFEST, OCI_IMAGE_CONFIG, OCI_INDEX, OCI_MANIFEST } from '../../src/oci/media-types.ts';
import { MergeError } from '../../src/merge/errors.ts';
import { MAX_CONFIG_BYTES, platformFromConfig, readPlatform } from '../../src/merge/image-platform.ts';
import type { Store } from '../../src/store/store.ts';

const SOURCE = 'ghcr.io/acme/app@sha256:1111';

function mergeError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof MergeError, `expected MergeError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the input was accepted but should have been rejected');
}

describe('platformFromConfig', () => {
  it('reads os and architecture from bytes, text or an object', () => {
    const config = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } };
    for (const input of [Buffer.from(JSON.stringify(config)), JSON.stringify(config), config]) {
      assert.deepEqual(platformFromConfig(input, SOURCE), { architecture: 'amd64', os: 'linux' });
    }
  });
  it('reads variant, os.version and os.features, in the OCI key order', () => {
    const platform = platformFromConfig(
      { variant: 'v7', 'os.features': ['win32k'], 'os.version': '10.0.20348.2113', os: 'windows', architecture: 'arm' },
      SOURCE,
    );
    assert.deepEqual(platform, {
      architecture: 'arm',
      os: 'windows',
      'os.version': '10.0.20348.2113',
      'os.features': ['win32k'],
      variant: 'v7',
    });
    assert.deepEqual(Object.keys(platform), ['architecture', 'os', 'os.version', 'os.features', 'variant']);
  });
  it('an empty os.features list is left out', () => {
    assert.deepEqual(platformFromConfig({ os: 'linux', architecture: 'arm64', 'os.features': [] }, SOURCE), {
      architecture: 'arm64',
      os: 'linux',
    });
  });
  it('a missing os or architecture is an error naming the source and the field', () => {
    const noArch = mergeError(() => platformFromConfig({ os: 'linux' }, SOURCE));
    assert.match(noArch, /^the config of ghcr\.io\/acme\/app@sha256:1111 has no "architecture"/);
    assert.match(noArch, /expected an image built for one platform/);
    assert.match(
      mergeError(() => platformFromConfig({ architecture: 'amd64' }, SOURCE)),
      /has no "os"/,
    );
    assert.match(
      mergeError(() => platformFromConfig({ os: '', architecture: 'amd64' }, SOURCE)),
      /has "os": ""; expected a non-empty string/,
    );
  });
  it('fields of the wrong type are errors quoting the value', () => {
    assert.match(
      mergeError(() => platformFromConfig({ os: 'linux', architecture: 7 }, SOURCE)),
      /"architecture": 7; expected a non-empty string/,
    );
    assert.match(
      mergeError(() => platformFromConfig({ os: 'linux', architecture: 'amd64', 'os.features': 'x' }, SOURCE)),
      /"os\.features": "x"; expected a list/,
    );
  });
  it('a config that is not a JSON object is an error naming the source', () => {
    assert.match(
      mergeError(() => platformFromConfig('{not json', SOURCE)),
      /^the config of ghcr\.io\/acme\/app@sha256:1111 is not valid JSON/,
    );
    assert.match(
      mergeError(() => platformFromConfig('[1]', SOURCE)),
      /is not a JSON object/,
    );
  });
});

/** An image manifest whose config holds `config`; returns the manifest and the config bytes. */
function image(config: unknown, configMediaType = OCI_IMAGE_CONFIG, mediaType = OCI_MANIFEST): { manifest: Manifest; configBytes: Buffer } {
  const configBytes = Buffer.from(JSON.stringify(config));
  const layer = Buffer.from('layer');
  const json = {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: configMediaType, digest: digestOf(configBytes), size: configBytes.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digestOf(layer), size: layer.length }],
  };
  const bytes = Buffer.from(JSON.stringify(json));
  return { manifest: parseManifest(bytes, mediaType, digestOf(bytes)), configBytes };
}

/**
 * A stand-in for a store with only readBlob, holding blobs in memory and verifying them as a real store does (the
 * stream errors at its end on a mismatch). Blobs stored under another digest's name play a corrupt registry.
 */
class BlobsOnly implements Pick<Store, 'readBlob'> {
  readonly reads: string[] = [];
  readonly blobs: Map<string, Buffer>;
  constructor(blobs: Map<string, Buffer>) {
    this.blobs = blobs;
  }
  readBlob(descriptor: Descriptor): Promise<Readable> {
    this.reads.push(descriptor.digest);
    const bytes = this.blobs.get(descriptor.digest);
    if (bytes === undefined) return Promise.reject(new Error(`blob ${descriptor.digest} was not found`));
    return Promise.resolve(Readable.from([bytes]).pipe(new VerifyingStream(descriptor.digest, descriptor.size)));
  }
}

describe('readPlatform', () => {
  it('reads the platform from the config blob (OCI and Docker v2)', async () => {
    for (const [configType, manifestType] of [
      [OCI_IMAGE_CONFIG, OCI_MANIFEST],
      [DOCKER_IMAGE_CONFIG, DOCKER_MANIFEST],
    ] as const) {
      const { manifest, configBytes } = image({ os: 'linux', architecture: 'arm64', variant: 'v8' }, configType, manifestType);
      const store = new BlobsOnly(new Map([[manifest.config!.digest, configBytes]]));
      assert.deepEqual(await readPlatform(store, manifest, SOURCE), { architecture: 'arm64', os: 'linux', variant: 'v8' });
      assert.deepEqual(store.reads, [manifest.config!.digest]);
    }
  });

  it('a config whose bytes do not match its digest is not trusted', async () => {
    const { manifest } = image({ os: 'linux', architecture: 'amd64' });
    const forged = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'arm64' })); // same length, other bytes
    const store = new BlobsOnly(new Map([[manifest.config!.digest, forged]]));
    await assert.rejects(readPlatform(store, manifest, SOURCE), /does not match its digest/);
  });

  it('a config without a platform is an error naming the source', async () => {
    const { manifest, configBytes } = image({ rootfs: { type: 'layers' } });
    const store = new BlobsOnly(new Map([[manifest.config!.digest, configBytes]]));
    await assert.rejects(
      readPlatform(store, manifest, SOURCE),
      (error: unknown) => error instanceof MergeError && /ghcr\.io\/acme\/app@sha256:1111 has no "os"/.test(error.message),
    );
  });

  it('an artifact (a config that is not an image config) is refused without reading it', async () => {
    const { manifest, configBytes } = image({}, 'application/vnd.cncf.helm.config.v1+json');
    const store = new BlobsOnly(new Map([[manifest.config!.digest, configBytes]]));
    await assert.rejects(
      readPlatform(store, manifest, SOURCE),
      /is not a container image: its config is "application\/vnd\.cncf\.helm\.config\.v1\+json"/,
    );
    assert.deepEqual(store.reads, []);
  });

  it('an index is refused: its entries carry their own platforms', async () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }));
    const index = parseManifest(bytes, OCI_INDEX, digestOf(bytes));
    await assert.rejects(
      readPlatform(new BlobsOnly(new Map()), index, SOURCE),
      /is an index \(application\/vnd\.oci\.image\.index\.v1\+json\), not a single image/,
    );
  });

  it('a config declared larger than the limit is refused without reading it', async () => {
    const { manifest } = image({ os: 'linux', architecture: 'amd64' });
    const big: Manifest = { ...manifest, config: { ...manifest.config!, size: MAX_CONFIG_BYTES + 1 } };
    const store = new BlobsOnly(new Map());
    await assert.rejects(readPlatform(store, big, SOURCE), /over the 8388608-byte limit/);
    assert.deepEqual(store.reads, []);
  });

  it('a stream that runs past the limit is cut off, whatever the descriptor said', async () => {
    const { manifest } = image({ os: 'linux', architecture: 'amd64' });
    let destroyed = false;
    const endless: Pick<Store, 'readBlob'> = {
      readBlob: () => {
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const stream = new Readable({
          read() {
            this.push(sent++ < 64 ? chunk : null);
          },
          destroy(error, callback) {
            destroyed = true;
            callback(error);
          },
        });
        return Promise.resolve(stream);
      },
    };
    await assert.rejects(readPlatform(endless, manifest, SOURCE), /is over the 8388608-byte limit/);
    assert.equal(destroyed, true);
  });
});
