// One call for the edges (action, CLI): open the stores a copy touches (registries and files), run it, close them.
import type { Platform } from '../oci/platform.ts';
import { describeRetry } from '../retry/describe.ts';
import { RetryPolicy, type RetryEvent, type RetrySettings } from '../retry/policy.ts';
import type { FileReference } from '../store/file-reference.ts';
import type { FileStore, FileStoreOptions } from '../store/file-store.ts';
import { registriesOf, type ImageReference } from '../store/image-reference.ts';
import { openRegistries, type Registries, type RegistriesOptions } from '../store/registry/registries.ts';
import type { Store } from '../store/store.ts';
import type { OverwritePolicy } from '../tags/overwrite.ts';
import { releaseEndpoints, type Release } from '../tags/release-targets.ts';
import { copyImage, type CopyRequest, type CopyResult, type Endpoint } from './copy.ts';

/** What to copy, plus how to reach the registries (credentials, TLS: see RegistriesOptions). */
export interface PromoteOptions extends Omit<RegistriesOptions, 'policy' | 'retry' | 'onRetry'> {
  /** One source, or several to assemble into one index. */
  readonly sources: readonly ImageReference[];
  readonly targets: readonly ImageReference[];
  readonly platforms?: readonly Platform[] | undefined;
  readonly concurrency: number;
  readonly dryRun?: boolean | undefined;
  readonly onProgress?: CopyRequest['onProgress'];
  /** Signatures, attestations and SBOMs follow the image (default true). */
  readonly referrers?: boolean | undefined;
  /** On an index hoist builds. */
  readonly annotations?: Readonly<Record<string, string>> | undefined;
  /** A release: repository-only targets receive its tags. */
  readonly release?: Release | undefined;
  readonly overwrite?: OverwritePolicy | undefined;
  /** Relative file paths are resolved against this (the workspace in the action). */
  readonly cwd?: string | undefined;
  /** Shorter waits for tests; the defaults suit real registries. */
  readonly retry?: Partial<RetrySettings> | undefined;
  /** Every retry, from a single request to a whole blob; each is also logged. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
}

export async function promote(options: PromoteOptions): Promise<CopyResult> {
  const onRetry = (event: RetryEvent): void => {
    options.logger.info(describeRetry(event));
    options.onRetry?.(event);
  };
  const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
  const registries = await openRegistries(registriesOf([...options.sources, ...options.targets]), { ...options, policy });
  const files: FileStore[] = [];
  try {
    // Every registry scope is declared as its store opens, before the first request: one token per registry.
    const sources = await Promise.all(options.sources.map((s) => sourceEndpoint(s, registries, files, options)));
    const targetStores = await Promise.all(options.targets.map((t) => targetStore(t, registries, files, options)));
    const written = options.targets.map((t, i) => ({
      store: targetStores[i]!,
      ...tagOf(t, options.release !== undefined),
    }));
    const result = await copyImage({
      source: sources[0]!,
      sources,
      // Read beside the sources' resolution: a release asks each repository for its tags first.
      targets: releaseEndpoints(written, options.release, options.overwrite ?? 'always'),
      platforms: options.platforms,
      concurrency: options.concurrency,
      logger: options.logger,
      retry: policy,
      dryRun: options.dryRun,
      onProgress: options.onProgress,
      referrers: options.referrers,
      annotations: options.annotations,
    });
    const notes = files.flatMap((f) => f.notes);
    return { ...result, warnings: [...notes, ...result.warnings], rateLimits: registries.rateLimits() };
  } finally {
    // Sources are read-only; a target the engine did not commit is aborted (close is idempotent there).
    await Promise.all(files.map((f) => f.close('abort').catch(() => undefined)));
    await registries.close();
  }
}

async function sourceEndpoint(ref: ImageReference, registries: Registries, files: FileStore[], options: PromoteOptions): Promise<Endpoint> {
  if (ref.kind === 'registry') {
    const r = ref.reference;
    return { store: registries.repository(r, 'pull'), tag: r.tag, digest: r.digest, text: ref.text };
  }
  const store = await openFileStore(ref.file, 'read', { logger: options.logger, ...(options.cwd !== undefined && { cwd: options.cwd }) });
  files.push(store);
  // No REF: "the only image inside", which the store resolves from an empty reference.
  return { store, tag: ref.file.reference ?? '', text: ref.text };
}

async function targetStore(ref: ImageReference, registries: Registries, files: FileStore[], options: PromoteOptions): Promise<Store> {
  if (ref.kind === 'registry') return registries.repository(ref.reference, options.dryRun ? 'pull' : 'push');
  const store = await openFileStore(ref.file, options.dryRun ? 'read' : 'write', {
    logger: options.logger,
    ...(options.cwd !== undefined && { cwd: options.cwd }),
  });
  files.push(store);
  return store;
}

/** The tag (or digest) a target names; none for a repository written alone when a release fills in its tags. */
function tagOf(ref: ImageReference, releasing: boolean): { tag: string | undefined; digest?: string | undefined } {
  if (ref.kind === 'file') return { tag: ref.file.reference };
  if (releasing && ref.tagImplied) return { tag: undefined };
  return { tag: ref.reference.tag, digest: ref.reference.digest };
}

/** The file stores (and tar with them) load only for a copy that names a file. */
async function openFileStore(ref: FileReference, mode: 'read' | 'write', options: FileStoreOptions): Promise<FileStore> {
  const { openFileStore: open } = await import('../store/file-store.ts');
  return open(ref, mode, options);
}
