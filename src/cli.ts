// Command-line entry over the same engine as the action: `hoist copy SOURCE TARGET...`.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { splitList } from './action/inputs.ts';
import { formatBytes, type CopyResult } from './copy/copy.ts';
import { promote } from './copy/promote.ts';
import type { Logger } from './log.ts';
import { parsePlatform, type Platform } from './oci/platform.ts';
import { normaliseRegistry, parseReference, type Reference } from './oci/reference.ts';

const USAGE = `Usage: hoist copy SOURCE TARGET... [options]

Copy an image between OCI registries, pushing only what each target lacks and keeping every digest.

Options:
  --platform LIST          keep only these platforms of a multi-platform source (os/arch[/variant], comma-separated)
  --concurrency N          parallel blob transfers (default 8)
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --json                   print the result as JSON (the action's "result" output)
  --debug                  print per-blob detail
  -h, --help               show this help

Credentials come from Docker's config.json ($DOCKER_CONFIG or ~/.docker), as "docker login" writes it.
Exit codes: 0 done, 1 a target failed, 2 bad usage.`;

class UsageError extends Error {}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        platform: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        insecure: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`hoist: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  try {
    if (command !== 'copy') throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
    if (rest.length < 2) throw new UsageError('copy needs a SOURCE and at least one TARGET');
    const [sourceText, ...targetTexts] = rest as [string, ...string[]];
    const source = reference(sourceText);
    const targets = targetTexts.map(reference);
    const platforms: Platform[] | undefined = values.platform?.flatMap(splitList).map((p) => guard(() => parsePlatform(p)));
    const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new UsageError(`--concurrency "${values.concurrency}" is not a whole number from 1 to 64`);
    }
    const insecure = new Set((values.insecure ?? []).flatMap(splitList).map((r) => guard(() => normaliseRegistry(r))));
    const logger = consoleLogger(values.debug === true);
    const result = await promote({
      source,
      targets,
      platforms,
      concurrency,
      credentials: {},
      insecureRegistries: insecure,
      logger,
      secret: () => {},
    });
    process.stdout.write(values.json ? `${JSON.stringify(result.targets.map(jsonTarget), null, 2)}\n` : report(result));
    return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`hoist: ${error.message}\n\nRun "hoist --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

function guard<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\.$/, ''));
  }
}

function reference(text: string): Reference {
  return guard(() => parseReference(text));
}

function jsonTarget(t: CopyResult['targets'][number]): object {
  return { target: t.target, digest: t.digest ?? null, status: t.status, blobs: t.blobs, bytesUploaded: t.bytesUploaded, durationMs: t.durationMs, ...(t.error !== undefined && { error: t.error }) };
}

function consoleLogger(debug: boolean): Logger {
  return {
    debug: (m) => {
      if (debug) process.stderr.write(`  ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => process.stderr.write(`error: ${m}\n`),
  };
}

/** A plain-text table of the result, for terminals and the demo. */
export function report(result: CopyResult): string {
  const lines = [`Source ${result.source} @ ${result.sourceDigest ?? 'unresolved'}`];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  const header = ['TARGET', 'STATUS', 'DIGEST', 'MOUNTED', 'EXISTING', 'UPLOADED', 'BYTES', 'TIME'];
  const rows = result.targets.map((t) => [
    t.target,
    t.status,
    t.digest ? t.digest.slice(0, 19) : '-',
    String(t.blobs.mounted),
    String(t.blobs.existing),
    String(t.blobs.uploaded),
    formatBytes(t.bytesUploaded),
    `${(t.durationMs / 1000).toFixed(1)}s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) lines.push(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  for (const t of result.targets) if (t.error) lines.push(`error: ${t.error}`);
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
