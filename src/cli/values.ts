// Option and argument text turned into the engine's typed values; anything malformed becomes a UsageError that
// quotes it, before any request is sent.
import { MAX_CONCURRENCY, DEFAULT_CONCURRENCY } from '../defaults.ts';
import { splitList } from '../display.ts';
import { parsePlatform, type Platform } from '../oci/platform.ts';
import { normaliseRegistry, parseReference, type Reference } from '../oci/reference.ts';
import { parseImageReference, type ImageReference } from '../store/image-reference.ts';
import type { ExplicitCredentials } from '../store/registry/credentials.ts';
import type { CliIo } from './io.ts';
import { UsageError, type CliValues } from './usage.ts';

/** Runs a parser of ours and turns its error (already a sentence quoting the value) into bad usage. */
export function asUsage<T>(parseValue: () => T): T {
  try {
    return parseValue();
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\.$/, ''));
  }
}

export function referenceArgument(text: string): Reference {
  return asUsage(() => parseReference(text));
}

/** A registry reference or a file (`oci:`, `oci-archive:`, `docker-archive:`). */
export function imageArgument(text: string): ImageReference {
  return asUsage(() => parseImageReference(text));
}

/** Every --platform, each a comma list; undefined when none was given. */
export function platformOptions(values: CliValues): Platform[] | undefined {
  return values.platform?.flatMap(splitList).map((p) => asUsage(() => parsePlatform(p)));
}

export function concurrencyOption(values: CliValues): number {
  const text = values.concurrency;
  if (text === undefined) return DEFAULT_CONCURRENCY;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency "${text}" is not a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  return value;
}

export function insecureOption(values: CliValues): Set<string> {
  return new Set((values.insecure ?? []).flatMap(splitList).map((r) => asUsage(() => normaliseRegistry(r))));
}

/** --username with --password-stdin, for --registry or else `defaultRegistry`; none when neither was given. */
export async function explicitCredentials(values: CliValues, defaultRegistry: string, io: CliIo): Promise<ExplicitCredentials[]> {
  if (values.username === undefined && !values['password-stdin']) return [];
  if (values.username === undefined || !values['password-stdin']) throw new UsageError('--username and --password-stdin go together');
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  if (password === '') throw new UsageError('--password-stdin read an empty password');
  const registry = values.registry === undefined ? defaultRegistry : asUsage(() => normaliseRegistry(values.registry!));
  return [{ registry, username: values.username, password }];
}
