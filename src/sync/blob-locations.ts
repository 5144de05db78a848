// Which target repositories hold which blobs, remembered across runs (the action saves it with @actions/cache), so a
// repository mirrored for the first time mounts the base layers its siblings already hold instead of uploading
// them, as Docker's own push does ("Mounted from library/…"). Only a hint: a failed mount falls back to the upload.
// The file is JSON, bounded: the most recently recorded MAX_BLOB_LOCATIONS blobs are kept, older ones forgotten.

/** Enough for dozens of repositories of hundreds of images; a few MiB of JSON at most. */
export const MAX_BLOB_LOCATIONS = 20_000;

/** Sibling repositories per registry a run may mount from. */
export const MAX_HINT_REPOSITORIES = 50;

/** Version of the file format; a file of another version is ignored (and rewritten). */
export const BLOB_LOCATIONS_VERSION = 1;

/**
 * The file: per registry, per blob digest, one repository known to hold it.
 * `{"version":1,"registries":{"ghcr.io":{"sha256:…":"acme/mirror/nginx"}}}`
 */
export interface BlobLocationsFile {
  readonly version: typeof BLOB_LOCATIONS_VERSION;
  readonly registries: Record<string, Record<string, string>>;
}

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

export class BlobLocations {
  /** `registry digest` → repository, oldest first (Map keeps insertion order; a new record moves to the end). */
  readonly #entries = new Map<string, string>();
  readonly #limit: number;

  constructor(limit: number = MAX_BLOB_LOCATIONS) {
    this.#limit = limit;
  }

  /**
   * Read a saved file. A file that is not one (damaged, another version) gives an empty memory and the reason:
   * a cache is never a reason to fail a sync.
   */
  static parse(text: string, limit: number = MAX_BLOB_LOCATIONS): { locations: BlobLocations; problem?: string } {
    const locations = new BlobLocations(limit);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { locations, problem: `the blob locations file is not JSON (${(error as Error).message}); starting afresh` };
    }
    const file = json as Partial<BlobLocationsFile> | null;
    if (typeof file !== 'object' || file === null || file.version !== BLOB_LOCATIONS_VERSION || typeof file.registries !== 'object') {
      return { locations, problem: `the blob locations file is not version ${BLOB_LOCATIONS_VERSION} of the format; starting afresh` };
    }
    for (const [registry, blobs] of Object.entries(file.registries ?? {})) {
      if (typeof blobs !== 'object' || blobs === null) continue;
      for (const [digest, repository] of Object.entries(blobs)) {
        if (typeof repository === 'string' && repository !== '' && DIGEST.test(digest)) locations.record(registry, digest, repository);
      }
    }
    return { locations };
  }

  get size(): number {
    return this.#entries.size;
  }

  /** A repository of `registry` known to hold `digest`. */
  find(registry: string, digest: string): string | undefined {
    return this.#entries.get(`${registry} ${digest}`);
  }

  /** `repository` of `registry` holds `digest` now; the oldest record goes when over the limit. */
  record(registry: string, digest: string, repository: string): void {
    const key = `${registry} ${digest}`;
    this.#entries.delete(key);
    this.#entries.set(key, repository);
    if (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /**
   * Repositories named for `registry`, most recently recorded first, at most `limit`: their stores are opened (and
   * their pull scope declared, one token for all) up front, so the list stays short enough for a token request.
   */
  repositories(registry: string, limit: number = MAX_HINT_REPOSITORIES): string[] {
    const names = new Set<string>();
    const entries = [...this.#entries];
    for (let i = entries.length - 1; i >= 0 && names.size < limit; i--) {
      const [key, repository] = entries[i]!;
      if (key.startsWith(`${registry} `)) names.add(repository);
    }
    return [...names];
  }

  toFile(): BlobLocationsFile {
    const registries: Record<string, Record<string, string>> = {};
    for (const [key, repository] of this.#entries) {
      const space = key.indexOf(' ');
      const registry = key.slice(0, space);
      (registries[registry] ??= {})[key.slice(space + 1)] = repository;
    }
    return { version: BLOB_LOCATIONS_VERSION, registries };
  }

  toJSON(): string {
    return JSON.stringify(this.toFile());
  }
}
