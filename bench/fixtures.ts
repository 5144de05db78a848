// What the wave's scenarios start from, made without the product code: an image with three referrers (two OCI
// referrers in the distribution spec's fallback index, since distribution 2.8 has no referrers API, and a cosign
// `.sig` tag), a repository holding 1,000 version tags, and the big layer as an OCI layout and a classic
// `docker save` archive (a real layer tar, packed by node-tar) written straight to disk.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create } from 'tar';
import { MediaType, pushImage, pushRaw, sha256Digest, type PushedImage } from '../test/support/images.ts';
import type { Credentials, RegistryTarget } from '../test/support/registry-client.ts';
import { layerChunks } from './big-image.ts';

const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';

export interface SignedImage {
  image: PushedImage;
  /** Manifest digests of the three referrers. */
  referrers: string[];
  /** The cosign tag (`sha256-<hex>.sig`) and the fallback tag (`sha256-<hex>`) at the source. */
  tags: { cosign: string; fallback: string };
  /** Every blob and manifest the copy puts at a target: purge them between runs. */
  digests: string[];
}

function artifact(subject: PushedImage, artifactType: string, payloadType: string, payload: string) {
  const empty = Buffer.from('{}');
  const data = Buffer.from(payload);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType,
      config: { mediaType: OCI_EMPTY, digest: sha256Digest(empty), size: empty.length },
      layers: [{ mediaType: payloadType, digest: sha256Digest(data), size: data.length }],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' },
    }),
  );
  return {
    artifactType,
    manifest,
    digest: sha256Digest(manifest),
    blobs: new Map([
      [sha256Digest(empty), empty],
      [sha256Digest(data), data],
    ]),
  };
}

/** An image plus an SBOM and an attestation (OCI referrers, in the fallback index) and a cosign signature tag. */
export async function pushSignedImage(registry: RegistryTarget, repo: string, tag: string, creds?: Credentials): Promise<SignedImage> {
  const image = await pushImage(registry, repo, tag, { seed: 'bench/signed', layers: 3, layerSize: 256 * 1024, ...(creds && { creds }) });
  const hex = image.digest.slice('sha256:'.length);
  const sbom = artifact(
    image,
    'application/spdx+json',
    'application/spdx+json',
    JSON.stringify({ spdxVersion: 'SPDX-2.3', name: 'bench' }),
  );
  const attestation = artifact(
    image,
    'application/vnd.in-toto+json',
    'application/vnd.in-toto+json',
    JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1' }),
  );
  const signature = artifact(
    image,
    'application/vnd.dev.cosign.simplesigning.v1+json',
    'application/vnd.dev.cosign.simplesigning.v1+json',
    '{"critical":{}}',
  );
  const tags = { cosign: `sha256-${hex}.sig`, fallback: `sha256-${hex}` };
  for (const [ref, a] of [
    [sbom.digest, sbom],
    [attestation.digest, attestation],
    [tags.cosign, signature],
  ] as const) {
    await pushRaw(registry, repo, ref, { blobs: a.blobs, manifest: a.manifest, mediaType: MediaType.ociManifest }, creds);
  }
  const fallback = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [sbom, attestation].map((a) => ({
        mediaType: MediaType.ociManifest,
        digest: a.digest,
        size: a.manifest.length,
        artifactType: a.artifactType,
        annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' },
      })),
    }),
  );
  await pushRaw(registry, repo, tags.fallback, { blobs: new Map(), manifest: fallback, mediaType: MediaType.ociIndex }, creds);
  const artifacts = [sbom, attestation, signature];
  const digests = [
    ...image.blobs.keys(),
    image.digest,
    ...new Set(artifacts.flatMap((a) => [...a.blobs.keys(), a.digest])),
    // The fallback index hoist writes at the target has its own digest: it is found and purged by tag.
  ];
  return { image, referrers: artifacts.map((a) => a.digest), tags, digests };
}

/**
 * Point `count` version tags (v1.0.0 … v1.9.99 for 1,000) of `repo` at one small image. The first tag is pushed
 * through the API; the others are written as the tag links distribution's filesystem driver keeps
 * (`_manifests/tags/<tag>/{current,index/sha256/<hex>}/link`), which it lists and resolves like pushed ones:
 * 1,000 manifest PUTs would cost the CI run seconds.
 */
export async function pushVersionTags(
  registry: RegistryTarget & { storageDir: string },
  repo: string,
  count: number,
  creds?: Credentials,
): Promise<string[]> {
  const image = await pushImage(registry, repo, 'v0.0.1', {
    seed: `bench/tags/${repo}`,
    layers: 1,
    layerSize: 1024,
    ...(creds && { creds }),
  });
  const tags = Array.from({ length: count }, (_, i) => `v1.${Math.floor(i / 100)}.${i % 100}`);
  const hex = image.digest.slice('sha256:'.length);
  const tagsDir = join(registry.storageDir, 'docker/registry/v2/repositories', repo, '_manifests/tags');
  for (const tag of tags) {
    for (const link of ['current', `index/sha256/${hex}`]) {
      mkdirSync(join(tagsDir, tag, link), { recursive: true });
      writeFileSync(join(tagsDir, tag, link, 'link'), image.digest);
    }
  }
  return ['v0.0.1', ...tags];
}

export interface BigFiles {
  /** An OCI layout directory holding the image as `v1`. */
  layout: string;
  /** The image's manifest digest in the layout. */
  layoutDigest: string;
  /** Layer, config and manifest digests of the layout's image: what a copy puts at a registry. */
  layoutBlobs: string[];
  /** Classic `docker save` tarballs holding an image of the same size as `bench/big:v1` (an uncompressed layer tar):
   * the layout's bytes, which gzip cannot shrink (the worst case), and bytes half text (closer to a real layer). */
  archives: Record<'incompressible' | 'mixed', ClassicArchive>;
}

export interface ClassicArchive {
  file: string;
  /** The config digest: hoist and skopeo write their own manifests, but keep this (the image ID). */
  config: string;
}

function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  return pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), hash).then(() => `sha256:${hash.digest('hex')}`);
}

/** The big layer (`size` bytes, the same content as big-image.ts pushes) as an OCI layout and a classic archive. */
export async function writeBigFiles(dir: string, size: number): Promise<BigFiles> {
  const layout = join(dir, 'layout');
  const blobs = join(layout, 'blobs/sha256');
  mkdirSync(blobs, { recursive: true });
  const raw = join(dir, 'layer-raw');
  await pipeline(Readable.from(layerChunks(size)), createWriteStream(raw));
  const layerDigest = await hashFile(raw);
  // OCI layout: the layer as it is (a blob is a blob; nothing in the copy looks inside it).
  await pipeline(createReadStream(raw), createWriteStream(join(blobs, layerDigest.slice(7))));
  const config = (diffId: string) =>
    Buffer.from(
      JSON.stringify({
        created: '2024-01-01T00:00:00Z',
        architecture: 'amd64',
        os: 'linux',
        config: { Cmd: ['/bin/sh'] },
        rootfs: { type: 'layers', diff_ids: [diffId] },
      }),
    );
  const ociConfig = config(layerDigest);
  writeFileSync(join(blobs, sha256Digest(ociConfig).slice(7)), ociConfig);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: sha256Digest(ociConfig), size: ociConfig.length },
      layers: [{ mediaType: MediaType.ociLayer, digest: layerDigest, size }],
    }),
  );
  const layoutDigest = sha256Digest(manifest);
  writeFileSync(join(blobs, layoutDigest.slice(7)), manifest);
  writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [
        {
          mediaType: MediaType.ociManifest,
          digest: layoutDigest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'v1' },
        },
      ],
    }),
  );

  rmSync(raw);
  const archives = {
    incompressible: await writeClassicArchive(dir, 'incompressible', layerChunks(size), config),
    mixed: await writeClassicArchive(dir, 'mixed', mixedChunks(size), config),
  };
  return { layout, layoutDigest, layoutBlobs: [layerDigest, sha256Digest(ociConfig), layoutDigest], archives };
}

/** Half of every MiB as big-image.ts's incompressible bytes, half as source-like text: gzip gets about 1.7:1. */
function* mixedChunks(size: number): Generator<Buffer> {
  const text = Buffer.from(
    Array.from({ length: 12_000 }, (_, i) => `  const value${i % 97} = compute(${i}, "field-${i % 13}"); // line ${i}\n`).join(''),
  );
  let offset = 0;
  for (const random of layerChunks(size)) {
    const half = random.length >> 1;
    const chunk = Buffer.concat([random.subarray(0, half), text.subarray(offset % 65_536, (offset % 65_536) + random.length - half)]);
    offset += 4_099;
    yield chunk;
  }
}

/** Classic docker save: one layer tar holding `content` as a file, a config naming its digest, manifest.json. */
async function writeClassicArchive(
  dir: string,
  name: string,
  content: Iterable<Buffer>,
  config: (diffId: string) => Buffer,
): Promise<ClassicArchive> {
  const members = join(dir, `${name}-members`);
  mkdirSync(join(members, 'content'), { recursive: true });
  await pipeline(Readable.from(content), createWriteStream(join(members, 'content/data.bin')));
  mkdirSync(join(members, 'layer'));
  const layerTar = join(members, 'layer/layer.tar');
  await create({ file: layerTar, cwd: join(members, 'content'), portable: true, mtime: new Date('2024-01-01T00:00:00Z') }, ['data.bin']);
  rmSync(join(members, 'content'), { recursive: true });
  const classicConfig = config(await hashFile(layerTar));
  const configDigest = sha256Digest(classicConfig);
  const configName = `${configDigest.slice(7)}.json`;
  writeFileSync(join(members, configName), classicConfig);
  writeFileSync(
    join(members, 'manifest.json'),
    JSON.stringify([{ Config: configName, RepoTags: ['bench/big:v1'], Layers: ['layer/layer.tar'] }]),
  );
  const file = join(dir, `${name}-docker-save.tar`);
  await create({ file, cwd: members, portable: true }, ['manifest.json', configName, 'layer/layer.tar']);
  rmSync(members, { recursive: true });
  return { file, config: configDigest };
}
