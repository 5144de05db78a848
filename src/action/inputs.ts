// The action's inputs as typed options. parseInputs is pure (it takes a reader), so tests call it directly;
// every problem is reported at once, quoting the value and saying what was expected.
import { normaliseRegistry, InvalidReferenceError } from '../oci/reference.ts';
import { parseAnnotations } from '../merge/annotations.ts';
import { InvalidFileReferenceError } from '../store/file-reference.ts';
import { parseImageReference, type ImageReference } from '../store/image-reference.ts';
import { parseOverwrite, type OverwritePolicy } from '../tags/overwrite.ts';
import { parseFloatingTags } from '../tags/release-tags.ts';
import type { Release } from '../tags/release-targets.ts';
import { parseVersion } from '../tags/version.ts';
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.ts';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../defaults.ts';
import { splitList } from '../display.ts';

export interface ActionInputs {
  /** One source, or several to assemble into one index. */
  readonly sources: readonly ImageReference[];
  readonly targets: readonly ImageReference[];
  readonly platforms: readonly Platform[] | undefined;
  /** Registry the username/password are for. */
  readonly registry: string | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly githubToken: string | undefined;
  /** From the `credentials` input: one `registry=username:password` per line. */
  readonly credentials: readonly { registry: string; username: string; password: string }[];
  readonly insecureRegistries: ReadonlySet<string>;
  readonly concurrency: number;
  readonly dryRun: boolean;
  readonly referrers: boolean;
  readonly annotations: Readonly<Record<string, string>> | undefined;
  readonly release: Release | undefined;
  readonly overwrite: OverwritePolicy;
}

export class InputError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function parseInputs(read: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const get = (name: string): string => read(name).trim();

  const sources: ImageReference[] = [];
  const sourceTexts = splitList(read('source'));
  if (sourceTexts.length === 0) problems.push('Input "source" is required: the image to copy, e.g. ghcr.io/acme/app:sha-1a2b3c.');
  for (const text of sourceTexts) {
    const source = referenceOrProblem('source', text, problems);
    if (source) sources.push(source);
  }

  const targets: ImageReference[] = [];
  const targetTexts = splitList(read('targets'));
  if (targetTexts.length === 0) {
    problems.push('Input "targets" is required: one or more full image references, one per line (commas also separate).');
  }
  const seen = new Map<string, string>();
  for (const text of targetTexts) {
    const target = referenceOrProblem('targets', text, problems);
    if (!target) continue;
    if (target.kind === 'registry' && target.reference.tag !== undefined && target.reference.digest !== undefined) {
      problems.push(
        `Input "targets" has "${text}", which names both a tag and a digest; a target is either registry/repository:tag or registry/repository@digest.`,
      );
      continue;
    }
    const canonical = target.text;
    const earlier = seen.get(canonical);
    if (earlier !== undefined) {
      problems.push(`Input "targets" lists ${canonical} twice ("${earlier}" and "${text}"); each target must appear once.`);
      continue;
    }
    seen.set(canonical, text);
    targets.push(target);
  }

  let platforms: Platform[] | undefined;
  const platformText = get('platforms');
  if (platformText !== '' && platformText.toLowerCase() !== 'all') {
    platforms = [];
    for (const item of splitList(platformText)) {
      try {
        platforms.push(parsePlatform(item));
      } catch (error) {
        if (!(error instanceof PlatformError)) throw error;
        problems.push(`Input "platforms": ${error.message}.`);
      }
    }
  }

  const username = get('username') || undefined;
  const password = read('password') || undefined;
  if ((username === undefined) !== (password === undefined)) {
    problems.push(
      username === undefined
        ? 'Input "password" was given without "username"; give both or neither.'
        : `Input "username" ("${username}") was given without "password"; give both or neither.`,
    );
  }
  let registry: string | undefined;
  const registryText = get('registry');
  if (registryText !== '') {
    try {
      registry = normaliseRegistry(registryText);
    } catch {
      problems.push(
        `Input "registry" is "${registryText}", which is not a registry host; expected host[:port], e.g. ghcr.io or registry.example.com:5000.`,
      );
    }
  } else if (username !== undefined) {
    const first = targets.find((t) => t.kind === 'registry');
    registry = first?.kind === 'registry' ? first.reference.registry : undefined;
  }

  const credentials = parseCredentialLines(read('credentials'), problems);

  const insecureRegistries = new Set<string>();
  for (const item of splitList(read('insecure-registries'))) {
    try {
      insecureRegistries.add(normaliseRegistry(item));
    } catch {
      problems.push(`Input "insecure-registries" has "${item}", which is not a registry host; expected host[:port].`);
    }
  }

  let concurrency = DEFAULT_CONCURRENCY;
  const concurrencyText = get('concurrency');
  if (concurrencyText !== '') {
    concurrency = Number(concurrencyText);
    if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      problems.push(`Input "concurrency" is "${concurrencyText}"; expected a whole number from 1 to ${MAX_CONCURRENCY}.`);
    }
  }

  let dryRun = false;
  const dryRunText = get('dry-run').toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(dryRunText)) dryRun = true;
  else if (!['', 'false', 'no', '0', 'off'].includes(dryRunText)) {
    problems.push(`Input "dry-run" is "${get('dry-run')}"; expected true or false.`);
  }

  const referrers = booleanInput('referrers', get('referrers'), true, problems);
  let annotations: Record<string, string> | undefined;
  const annotationLines = read('annotations')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (annotationLines.length > 0) {
    try {
      annotations = parseAnnotations(annotationLines);
    } catch (error) {
      problems.push(`Input "annotations": ${(error as Error).message}.`);
    }
    if (sources.length === 1 && (platforms === undefined || platforms.length < 2)) {
      problems.push(
        'Input "annotations" applies to an index hoist builds (several sources, or several platforms selected); a plain copy keeps the source\'s bytes, and annotating it would change its digest.',
      );
    }
  }
  let release: Release | undefined;
  const versionText = get('version');
  const floatingText = get('floating-tags');
  if (versionText !== '') {
    try {
      release = { version: parseVersion(versionText), floating: parseFloatingTags(floatingText) };
    } catch (error) {
      problems.push(`Input "${/floating/.test((error as Error).message) ? 'floating-tags' : 'version'}": ${(error as Error).message}.`);
    }
  }
  let overwrite: OverwritePolicy = 'always';
  try {
    overwrite = parseOverwrite(get('overwrite'));
  } catch (error) {
    problems.push(`Input "overwrite": ${(error as Error).message}.`);
  }

  if (problems.length > 0 || sources.length === 0) throw new InputError(problems);
  return {
    sources,
    targets,
    platforms,
    registry,
    username,
    password,
    githubToken: read('github-token') || undefined,
    credentials,
    insecureRegistries,
    concurrency,
    dryRun,
    referrers,
    annotations,
    release,
    overwrite,
  };
}

function booleanInput(name: string, text: string, fallback: boolean, problems: string[]): boolean {
  const word = text.toLowerCase();
  if (word === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(word)) return true;
  if (['false', 'no', '0', 'off'].includes(word)) return false;
  problems.push(`Input "${name}" is "${text}"; expected true or false.`);
  return fallback;
}

/** One line of the `credentials` input, as its grammar reads it. */
export type CredentialLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'entry'; readonly registry: string; readonly username: string; readonly password: string }
  /** `head` is what stands before the first separator (safe to quote); `secrets` is every part that may be secret. */
  | { readonly kind: 'malformed'; readonly head: string; readonly secrets: readonly string[] };

/**
 * The credential-line grammar, `registry=username:password`, split at the first `=` and the first `:` (passwords
 * may hold both). The parser and the masker both read lines through this one function: if they read them
 * differently, a password the parser accepts could go unmasked.
 */
export function parseCredentialLine(raw: string): CredentialLine {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return { kind: 'blank' };
  const equals = line.indexOf('=');
  const registry = equals > 0 ? line.slice(0, equals).trim() : '';
  const rest = equals >= 0 ? line.slice(equals + 1) : '';
  const colon = rest.indexOf(':');
  if (registry !== '' && colon > 0 && !/[:\s]/.test(registry.replace(/:\d+$/, ''))) {
    return { kind: 'entry', registry, username: rest.slice(0, colon).trim(), password: rest.slice(colon + 1) };
  }
  // A mistyped line may have its secret anywhere after its first separator: all of that is secret, and so is what
  // follows `=…:` where the line has that shape.
  const separator = line.search(/[=:\s]/);
  const secrets = [separator >= 0 ? line.slice(separator + 1) : '', equals >= 0 && colon >= 0 ? rest.slice(colon + 1) : ''];
  return { kind: 'malformed', head: separator >= 0 ? line.slice(0, separator) : line, secrets: secrets.filter((s) => s.trim() !== '') };
}

/** The `credentials` input: one `registry=username:password` per line. A malformed line is quoted only up to its first separator. */
export function parseCredentialLines(text: string, problems: string[]): Array<{ registry: string; username: string; password: string }> {
  const entries: Array<{ registry: string; username: string; password: string }> = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = parseCredentialLine(raw);
    if (line.kind === 'blank') return;
    if (line.kind === 'malformed') {
      const shown = line.head === '' ? '(no registry before "=")' : `"${line.head}…"`;
      problems.push(`Input "credentials" line ${index + 1} ${shown} is not registry=username:password.`);
      return;
    }
    try {
      entries.push({ registry: normaliseRegistry(line.registry), username: line.username, password: line.password });
    } catch {
      problems.push(`Input "credentials" line ${index + 1} names "${line.registry}", which is not a registry host; expected host[:port].`);
    }
  });
  return entries;
}

/** Every secret in the raw inputs, found without validating anything, so it can be masked before any output. */
export function secretsInInputs(read: (name: string) => string): string[] {
  const secrets = [read('password'), read('github-token')];
  for (const raw of read('credentials').split(/\r?\n/)) {
    const line = parseCredentialLine(raw);
    if (line.kind === 'entry') secrets.push(line.password);
    else if (line.kind === 'malformed') secrets.push(...line.secrets);
  }
  // Masked both as given and trimmed: inputs are read trimmed, but the raw text is what could leak.
  return [...new Set(secrets.flatMap((s) => [s, s.trim()]))].filter((s) => s !== '');
}

function referenceOrProblem(input: string, text: string, problems: string[]): ImageReference | undefined {
  try {
    return parseImageReference(text);
  } catch (error) {
    if (!(error instanceof InvalidReferenceError) && !(error instanceof InvalidFileReferenceError)) throw error;
    problems.push(`Input "${input}": ${error.message}`);
    return undefined;
  }
}
