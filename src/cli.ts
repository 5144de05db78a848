// Command-line entry over the same engine as the action: hoist copy | inspect | tags.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { splitList } from './display.ts';
import { formatBytes, type CopyResult } from './copy/copy.ts';
import { promote } from './copy/promote.ts';
import { resultEntry } from './copy/result-json.ts';
import { inspectImage, type InspectResult } from './inspect.ts';
import type { Logger } from './log.ts';
import { parsePlatform, type Platform } from './oci/platform.ts';
import { formatReference, normaliseRegistry, parseReference, type Reference } from './oci/reference.ts';
import type { ExplicitCredentials } from './store/registry/credentials.ts';
import { openRegistries } from './store/registry/registries.ts';
import { terminalProgress } from './cli-progress-bar.ts';
import { tuneV8 } from './v8-tuning.ts';

const COMMON = `Credentials come from Docker's config.json ($DOCKER_CONFIG or ~/.docker), as "docker login" writes it,
or from --username with --password-stdin (for --registry, default: the first target's registry).
Exit codes: 0 done, 1 failed, 2 bad usage.`;

const HELP: Record<string, string> = {
  main: `Usage: hoist <command> [options]

Commands:
  copy SOURCE TARGET...   copy an image, pushing only what each target lacks and keeping every digest
  inspect REF             digest, media type, platforms, layers and sizes, and the image history
  tags REF                the repository's tags

Run "hoist <command> --help" for a command's options.`,
  copy: `Usage: hoist copy SOURCE TARGET... [options]

Copy an image between OCI registries: blobs the target has are skipped, blobs elsewhere in the same registry are
mounted, the rest are streamed and verified; manifests keep their exact bytes, so digests do not change.

Options:
  --platform LIST          keep only these platforms of a multi-platform source (os/arch[/variant], comma-separated)
  --dry-run                ask the targets what they have and report what would move; write nothing
  --concurrency N          parallel blob transfers (default 8)
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER          username for --registry; the password is read from stdin with --password-stdin
  --password-stdin         read the password (or token) from standard input
  --registry REGISTRY      the registry --username is for (default: the first target's)
  --json                   print the result as JSON (the action's "result" output)
  --debug                  print per-blob detail
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

const OPTIONS = {
  platform: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  insecure: { type: 'string', multiple: true },
  username: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  registry: { type: 'string' },
  filter: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const ALLOWED: Record<string, ReadonlySet<string>> = {
  copy: new Set(['platform', 'concurrency', 'insecure', 'username', 'password-stdin', 'registry', 'dry-run', 'json', 'debug', 'help']),
  inspect: new Set(['platform', 'insecure', 'username', 'password-stdin', 'registry', 'json', 'debug', 'help']),
  tags: new Set(['filter', 'insecure', 'username', 'password-stdin', 'registry', 'json', 'debug', 'help']),
};

class UsageError extends Error {}

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Reads standard input (for --password-stdin). */
  readonly readStdin: () => Promise<string>;
}

const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  tuneV8();
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`hoist: ${(error as Error).message}\n\nRun "hoist --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (command === undefined || !(command in ALLOWED)) {
    if (values.help || command === 'help') {
      io.stdout.write(`${HELP['main']}\n`);
      return 0;
    }
    io.stderr.write(`hoist: ${command === undefined ? 'a command is required' : `unknown command "${command}"`}\n\n${HELP['main']}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  const logger = consoleLogger(io, values.debug === true);
  try {
    for (const name of Object.keys(values)) {
      if (!ALLOWED[command]!.has(name)) throw new UsageError(`--${name} is not an option of "hoist ${command}"`);
    }
    if (command === 'copy') return await copyCommand(rest, values, io, logger);
    if (command === 'inspect') return await inspectCommand(rest, values, io, logger);
    return await tagsCommand(rest, values, io, logger);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`hoist: ${error.message}\n\nRun "hoist ${command} --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(`hoist: ${(error as Error).message}\n`);
    return 1;
  }
}

async function copyCommand(args: string[], values: Values, io: CliIo, logger: Logger): Promise<number> {
  if (args.length < 2) throw new UsageError('copy needs a SOURCE and at least one TARGET');
  const [sourceText, ...targetTexts] = args as [string, ...string[]];
  const source = reference(sourceText);
  const targets = targetTexts.map(reference);
  const platforms: Platform[] | undefined = values.platform?.flatMap(splitList).map((p) => guard(() => parsePlatform(p)));
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!/^\d+$/.test(values.concurrency ?? '8') || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`--concurrency "${values.concurrency}" is not a whole number from 1 to 64`);
  }
  const explicit = await explicitCredentials(values, targets[0]!.registry, io);
  const bar = io.stderr.isTTY && !values.json && !values.debug ? terminalProgress(io.stderr as NodeJS.WriteStream) : undefined;
  let result: CopyResult;
  try {
    result = await promote({
      source,
      targets,
      platforms,
      concurrency,
      credentials: { explicit },
      insecureRegistries: insecure(values),
      logger,
      secret: () => {},
      dryRun: values['dry-run'] === true,
      ...(bar && { onProgress: (event) => bar.onProgress(event) }),
    });
  } finally {
    bar?.stop();
  }
  io.stdout.write(values.json ? `${JSON.stringify(result.targets.map(resultEntry), null, 2)}\n` : report(result));
  return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
}

async function inspectCommand(args: string[], values: Values, io: CliIo, logger: Logger): Promise<number> {
  if (args.length !== 1) throw new UsageError('inspect needs exactly one image reference');
  const ref = reference(args[0]!);
  const platforms = values.platform?.flatMap(splitList).map((p) => guard(() => parsePlatform(p))) ?? [];
  if (platforms.length > 1) throw new UsageError('inspect takes one --platform');
  const result = await withClient(ref, values, io, logger, (client) => inspectImage(client, ref, formatReference(ref), platforms[0]));
  io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : inspectReport(result));
  return 0;
}

async function tagsCommand(args: string[], values: Values, io: CliIo, logger: Logger): Promise<number> {
  if (args.length !== 1) throw new UsageError('tags needs exactly one repository reference');
  const ref = reference(args[0]!);
  let filter: RegExp | undefined;
  if (values.filter !== undefined) {
    try {
      filter = new RegExp(values.filter);
    } catch {
      throw new UsageError(`--filter "${values.filter}" is not a valid regular expression`);
    }
  }
  const tags = await withClient(ref, values, io, logger, async (client) => {
    client.requireScope(ref.repository, 'pull');
    return client.listTags(ref.repository);
  });
  const shown = filter ? tags.filter((t) => filter.test(t)) : tags;
  io.stdout.write(values.json ? `${JSON.stringify(shown)}\n` : shown.map((t) => `${t}\n`).join(''));
  return 0;
}

async function withClient<T>(
  ref: Reference,
  values: Values,
  io: CliIo,
  logger: Logger,
  use: (client: import('./store/registry/client.ts').RegistryClient) => Promise<T>,
): Promise<T> {
  const explicit = await explicitCredentials(values, ref.registry, io);
  const registries = await openRegistries([ref.registry], {
    credentials: { explicit },
    insecureRegistries: insecure(values),
    logger,
    secret: () => {},
  });
  try {
    return await use(registries.clientFor(ref.registry));
  } finally {
    await registries.close();
  }
}

async function explicitCredentials(values: Values, defaultRegistry: string, io: CliIo): Promise<ExplicitCredentials[]> {
  if (values.username === undefined && !values['password-stdin']) return [];
  if (values.username === undefined || !values['password-stdin']) throw new UsageError('--username and --password-stdin go together');
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  if (password === '') throw new UsageError('--password-stdin read an empty password');
  const registry = values.registry === undefined ? defaultRegistry : guard(() => normaliseRegistry(values.registry!));
  return [{ registry, username: values.username, password }];
}

function insecure(values: Values): Set<string> {
  return new Set((values.insecure ?? []).flatMap(splitList).map((r) => guard(() => normaliseRegistry(r))));
}

function guard<T>(parseValue: () => T): T {
  try {
    return parseValue();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\.$/, ''));
  }
}

function reference(text: string): Reference {
  return guard(() => parseReference(text));
}

function consoleLogger(io: CliIo, debug: boolean): Logger {
  return {
    debug: (m) => {
      if (debug) io.stderr.write(`  ${m}\n`);
    },
    info: (m) => io.stderr.write(`${m}\n`),
    warning: (m) => io.stderr.write(`warning: ${m}\n`),
    error: (m) => io.stderr.write(`error: ${m}\n`),
  };
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

/** A plain-text table of the result, for terminals and the demo. */
export function report(result: CopyResult): string {
  const lines = [`Source ${result.source} @ ${result.sourceDigest ?? 'unresolved'}`];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  const rows = result.targets.map((t) => [
    t.target,
    t.status === 'planned' ? 'would copy' : t.status,
    t.digest ? t.digest.slice(0, 19) : '-',
    String(t.blobs.mounted),
    String(t.blobs.existing),
    String(t.blobs.uploaded),
    formatBytes(t.bytesUploaded),
    `${(t.durationMs / 1000).toFixed(1)}s`,
  ]);
  lines.push(...table(['TARGET', 'STATUS', 'DIGEST', 'MOUNTED', 'EXISTING', 'UPLOADED', 'BYTES', 'TIME'], rows));
  const saved = result.targets.reduce((sum, t) => sum + t.bytesSaved, 0);
  if (saved > 0) lines.push(`${formatBytes(saved)} not transferred thanks to mounts and blobs already present.`);
  for (const t of result.targets) if (t.pinned && t.status !== 'failed') lines.push(`pinned: ${t.pinned}`);
  for (const r of result.rateLimits) lines.push(`${r.registry}: ${r.remaining} of ${r.limit} pulls left`);
  for (const t of result.targets) if (t.error) lines.push(`error: ${t.error}`);
  return `${lines.join('\n')}\n`;
}

export function inspectReport(result: InspectResult): string {
  const lines = [`${result.reference}`, `Digest:     ${result.digest}`, `Media type: ${result.mediaType}`];
  if (result.manifests.length > 0) {
    lines.push(
      'Platforms:',
      ...table(
        ['PLATFORM', 'DIGEST', 'SIZE'],
        result.manifests.map((m) => [m.platform ?? '-', m.digest, formatBytes(m.size)]),
      ).map((l) => `  ${l}`),
    );
  }
  for (const image of result.images) {
    lines.push(
      '',
      `${image.platform ?? 'image'} ${image.digest}${image.created ? `  created ${image.created}` : ''}  ${formatBytes(image.size)}`,
    );
    lines.push(
      ...table(
        ['LAYER', 'SIZE', 'MEDIA TYPE'],
        image.layers.map((l) => [l.digest, formatBytes(l.size), l.mediaType]),
      ).map((l) => `  ${l}`),
    );
    if (image.history.length > 0) {
      lines.push(
        '  History:',
        ...table(
          ['CREATED', 'CREATED BY', 'LAYER'],
          image.history.map((h) => [
            h.created ?? '-',
            (h.createdBy ?? h.comment ?? '').replace(/\s+/g, ' ').slice(0, 80),
            h.emptyLayer ? '(empty)' : '',
          ]),
        ).map((l) => `    ${l}`),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

// Run when executed directly (`node src/cli.ts`, `node dist/cli/index.js`); bin/hoist.js and tests call main().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hoist: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
