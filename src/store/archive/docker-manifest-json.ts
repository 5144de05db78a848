// manifest.json of a docker-archive: one entry per image with its config, tags and layer tars, as docker save
// writes it and docker load reads it.
import { FileStoreError } from '../layout/errors.ts';
import { normalise } from './tar-index.ts';

export interface DockerArchiveEntry {
  /** Archive path of the image config (its sha256 is the image ID). */
  readonly config: string;
  readonly repoTags: readonly string[];
  /** Archive paths of the layer tars, bottom first. */
  readonly layers: readonly string[];
}

/** Parse and check manifest.json; paths that leave the archive are refused here, before anything is read. */
export function parseDockerManifestJson(bytes: Buffer, where: string, path: string): DockerArchiveEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new FileStoreError(path, `${where}: manifest.json is not valid JSON`);
  }
  if (!Array.isArray(json)) throw new FileStoreError(path, `${where}: manifest.json is not a list of images`);
  return json.map((item: unknown, i) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const at = `${where}: manifest.json entry ${i}`;
    const member = (value: unknown, field: string): string => {
      if (typeof value !== 'string' || value === '') throw new FileStoreError(path, `${at} has no ${field} path`);
      const normal = normalise(value);
      if (normal === undefined) throw new FileStoreError(path, `${at} names ${field} "${value}", which escapes the archive`);
      return normal;
    };
    const tags = entry['RepoTags'] ?? [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
      throw new FileStoreError(path, `${at} has RepoTags that are not a list of names`);
    if (!Array.isArray(entry['Layers'])) throw new FileStoreError(path, `${at} has no Layers list`);
    return {
      config: member(entry['Config'], 'Config'),
      repoTags: tags,
      layers: (entry['Layers'] as unknown[]).map((layer, n) => member(layer, `Layers[${n}]`)),
    };
  });
}
