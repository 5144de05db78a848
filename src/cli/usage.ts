// The command line's grammar: which commands exist, which options each takes, and the help that says so.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../defaults.ts';

/** Bad usage: main() prints it with a pointer to the command's help and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const COMMAND_NAMES = ['copy', 'merge', 'inspect', 'tags', 'sync'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);
}

const OPTIONS = {
  platform: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  insecure: { type: 'string', multiple: true },
  username: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  registry: { type: 'string' },
  filter: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'no-referrers': { type: 'boolean' },
  version: { type: 'string' },
  'floating-tags': { type: 'string' },
  overwrite: { type: 'string' },
  to: { type: 'string', multiple: true },
  annotation: { type: 'string', multiple: true },
  plan: { type: 'string' },
  shard: { type: 'string' },
  strict: { type: 'boolean' },
  'blob-locations': { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

type OptionName = keyof typeof OPTIONS;

const SHARED: readonly OptionName[] = ['insecure', 'username', 'password-stdin', 'registry', 'json', 'debug', 'help'];
const ALLOWED: Record<CommandName, ReadonlySet<OptionName>> = {
  copy: new Set<OptionName>(['platform', 'concurrency', 'dry-run', 'no-referrers', 'version', 'floating-tags', 'overwrite', ...SHARED]),
  merge: new Set<OptionName>([
    'to',
    'annotation',
    'platform',
    'concurrency',
    'dry-run',
    'no-referrers',
    'version',
    'floating-tags',
    'overwrite',
    ...SHARED,
  ]),
  inspect: new Set<OptionName>(['platform', ...SHARED]),
  tags: new Set<OptionName>(['filter', ...SHARED]),
  sync: new Set<OptionName>(['dry-run', 'plan', 'shard', 'strict', 'blob-locations', ...SHARED]),
};

/** The parsed option values (node:util parseArgs' shape for OPTIONS). */
export type CliValues = ReturnType<typeof parseCommandLine>['values'];

/** Split argv into options and positionals; throws parseArgs' own error (it names the unknown option). */
export function parseCommandLine(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
}

/** Throws UsageError when an option was given that `command` does not take. */
export function checkOptions(command: CommandName, values: CliValues): void {
  for (const name of Object.keys(values)) {
    if (!ALLOWED[command].has(name as OptionName)) throw new UsageError(`--${name} is not an option of "hoist ${command}"`);
  }
}

const COMMON = `Credentials come from Docker's config.json ($DOCKER_CONFIG or ~/.docker), as "docker login" writes it,
or from --username with --password-stdin (for --registry, default: the first target's registry).
Exit codes: 0 done, 1 failed, 2 bad usage.`;

export const MAIN_HELP = `Usage: hoist <command> [options]

Commands:
  copy SOURCE TARGET...   copy an image, pushing only what each target lacks and keeping every digest
  merge SOURCE... --to T  one multi-platform index from per-platform images (and indexes), pushed to T
  inspect REF             digest, media type, platforms, layers and sizes, and the image history
  tags REF                the repository's tags
  sync CONFIG             mirror repositories by tag filters, as a sync config says; shardable over a matrix

Run "hoist <command> --help" for a command's options.`;

export const COMMAND_HELP: Record<CommandName, string> = {
  copy: `Usage: hoist copy SOURCE TARGET... [options]

Copy an image between OCI registries: blobs the target has are skipped, blobs elsewhere in the same registry are
mounted, the rest are streamed and verified; manifests keep their exact bytes, so digests do not change.
Targets in one repository share their blob work: the table shows it on the first of them.

Options:
  --platform LIST          keep only these platforms of a multi-platform source (os/arch[/variant], comma-separated)
  --dry-run                ask the targets what they have and report what would move; write nothing
  --no-referrers           do not copy signatures, attestations and SBOMs that refer to the image
  --version VERSION        a release (semver, e.g. v1.2.3): a TARGET written without a tag gets the version's tags
  --floating-tags LIST     with --version: minor,major,latest (default), a subset, or none
  --overwrite POLICY       always (default), or never: a tag that points at other bytes fails its target
  --concurrency N          parallel blob transfers, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY})
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER          username for --registry; the password is read from stdin with --password-stdin
  --password-stdin         read the password (or token) from standard input
  --registry REGISTRY      the registry --username is for (default: the first target's)
  --json                   print the result as JSON (the action's "result" output)
  --debug                  print per-blob detail
  -h, --help               show this help

${COMMON}`,
  merge: `Usage: hoist merge SOURCE... --to TARGET [--to TARGET ...] [options]

Build one multi-platform index from per-platform images (their platform is read from each config) and indexes
(all their entries, attestations included), in the order given, and push it to every TARGET with the content of
each source. The same sources always give the same index, so a re-run is unchanged. Sources may live in any
registries and files (oci:DIR, oci-archive:FILE, docker-archive:FILE).

Options:
  --to TARGET              where the index goes (repeatable)
  --annotation KEY=VALUE   an annotation on the index, e.g. org.opencontainers.image.description=… (repeatable)
  --platform LIST          keep only these platforms of the merged set
  --dry-run, --no-referrers, --version, --floating-tags, --overwrite, --concurrency   as for copy
  --insecure REGISTRY, --username USER, --password-stdin, --registry REGISTRY, --json, --debug   as for copy
  -h, --help               show this help

${COMMON}`,
  inspect: `Usage: hoist inspect REF [options]

Show an image: digest, media type, platforms, and per image its layers, sizes and history.

Options:
  --platform PLATFORM      only this platform of a multi-platform image
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print JSON
  -h, --help               show this help

${COMMON}`,
  sync: `Usage: hoist sync CONFIG [options]

Mirror repositories as the YAML sync config says (entries of source, target, tags filters, platforms, referrers,
concurrency, prune). An unchanged tag costs one HEAD on each side; only what differs is read and copied, tags of one
digest together, and a blob crosses the wire once per target registry. A source that reports a pull allowance
(Docker Hub's ratelimit-remaining) is never exhausted: the run stops short, says what it left, and succeeds.
prune: true deletes target tags the selection no longer holds; a registry deletes by digest, so a tag that shares
its digest with a kept tag stays (and is listed as kept).

Options:
  --dry-run                list what would be copied and pruned; write nothing
  --plan N                 print the matrix for N shards ({"include":[{"shard":"1/N"},…]}), with the split on stderr
  --shard I/N              sync shard I of N (1-based); every job of a matrix computes the same split
  --strict                 exit 1 when the pull allowance stopped the run
  --blob-locations FILE    remember which target repositories hold which blobs (read, then rewritten), so a new
                           repository mounts shared layers from its siblings; the action keeps it in @actions/cache
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy (default: the first target's registry)
  --json                   print the result as JSON (with --plan: the whole plan, matrix included)
  --debug                  print per-blob detail
  -h, --help               show this help

Exit codes: 0 done, 1 a tag failed (or --strict and the allowance stopped the run), 2 bad usage or a bad config.`,
  tags: `Usage: hoist tags REF [options]

List a repository's tags (all pages), optionally filtered.

Options:
  --filter REGEX           only tags matching this regular expression
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print a JSON array
  -h, --help               show this help

${COMMON}`,
};
