// The sync config (`mirror.yml`): which repositories to mirror where, which tags, and how. Everything is checked
// here, before any registry is asked: a run either has a config it can carry out or an error naming file:line:col.
import { isSeq, type Node } from 'yaml';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../defaults.ts';
import { parsePlatform, type Platform } from '../oci/platform.ts';
import { formatReference, parseReference, type Reference } from '../oci/reference.ts';
import { checkTagFilter, TagFilterError, type TagFilter } from './tag-selection.ts';
import { YamlFields, type Fields } from './yaml-fields.ts';

export { SyncConfigError } from './yaml-fields.ts';

export interface SyncConfig {
  readonly jobs: readonly SyncJob[];
}

/** One repository to mirror: every entry, and every name of an entry's `repositories`, is one job. */
export interface SyncJob {
  /** A repository: registry and repository, never a tag or digest. */
  readonly source: Reference;
  readonly target: Reference;
  readonly filter: TagFilter;
  /** Platforms to keep; undefined keeps every platform (as `CopyRequest.platforms`). */
  readonly platforms: readonly Platform[] | undefined;
  readonly referrers: boolean;
  readonly concurrency: number;
  /** Delete target tags the selection no longer holds. */
  readonly prune: boolean;
  /** Where the job was written: the entry's line, or the line of its name in `repositories`. */
  readonly line: number;
}

interface Settings {
  readonly platforms: readonly Platform[] | undefined;
  readonly referrers: boolean;
  readonly concurrency: number;
}

const TOP_KEYS = ['defaults', 'sync'] as const;
const DEFAULT_KEYS = ['platforms', 'referrers', 'concurrency'] as const;
const ENTRY_KEYS = ['source', 'target', 'repositories', 'tags', 'platforms', 'referrers', 'concurrency', 'prune'] as const;
const TAG_KEYS = ['semver', 'include', 'exclude', 'latest'] as const;
const BUILT_IN: Settings = { platforms: undefined, referrers: true, concurrency: DEFAULT_CONCURRENCY };

/** Parse and check a sync config; `file` is how errors name it. Throws SyncConfigError. */
export function parseSyncConfig(text: string, file: string): SyncConfig {
  const yaml: YamlFields = new YamlFields(text, file);
  if (yaml.root === null) yaml.fail(null, 'the config is empty; expected a mapping with a "sync:" list of entries (source, target)');
  const top = yaml.map(yaml.root, 'the config', TOP_KEYS);
  const defaultsNode = top.get('defaults');
  const defaults =
    defaultsNode === undefined ? BUILT_IN : settings(yaml, yaml.map(defaultsNode.value, '"defaults"', DEFAULT_KEYS), BUILT_IN);
  const sync = top.get('sync');
  if (sync === undefined) yaml.fail(yaml.root, 'the config has no "sync:" list; expected entries with source and target');
  const entries = yaml.list(sync.value, '"sync"');
  if (entries.length === 0) {
    yaml.fail(sync.value ?? sync.key, '"sync" is an empty list; expected at least one entry with source and target');
  }

  const written = entries.flatMap((entry) => jobsOf(yaml, entry, defaults));
  checkDistinctTargets(yaml, written);
  return { jobs: written.map((w) => w.job) };
}

/** A job and the node it was written at, for errors that compare jobs. */
interface WrittenJob {
  readonly job: SyncJob;
  readonly node: Node | null;
}

function jobsOf(yaml: YamlFields, entry: Node | null, defaults: Settings): WrittenJob[] {
  const fields = yaml.map(entry, 'a sync entry', ENTRY_KEYS);
  const source = required(yaml, entry, fields, 'source');
  const target = required(yaml, entry, fields, 'target');
  const sourceText = yaml.text(source, '"source"');
  const targetText = yaml.text(target, '"target"');
  const filter = tagFilter(yaml, fields.get('tags')?.value);
  const common = {
    filter,
    ...settings(yaml, fields, defaults),
    prune: fields.has('prune') ? yaml.boolean(fields.get('prune')!.value, '"prune"') : false,
  };

  const repositories = fields.get('repositories');
  if (repositories === undefined) {
    const job = {
      source: repository(yaml, source, 'source', sourceText),
      target: repository(yaml, target, 'target', targetText),
      ...common,
      line: yaml.lineOf(entry),
    };
    return [{ job, node: entry }];
  }
  // With a list, source and target are prefixes: a registry, or a registry and a namespace.
  prefix(yaml, source, 'source', sourceText);
  prefix(yaml, target, 'target', targetText);
  const names = yaml.list(repositories.value, '"repositories"');
  if (names.length === 0) {
    const where = repositories.value ?? repositories.key;
    yaml.fail(where, '"repositories" is an empty list; expected repository names, e.g. [prometheus, alertmanager]');
  }
  const seen = new Set<string>();
  return names.map((node) => {
    const name = yaml.text(node, 'a repository name');
    if (seen.has(name)) yaml.fail(node, `repository "${name}" is listed twice in "repositories"`);
    seen.add(name);
    if (name.includes(':') || name.includes('@')) {
      yaml.fail(node, `repository "${name}" names a tag or digest; expected a repository name (choose tags with "tags:")`);
    }
    const job = {
      source: repository(yaml, node, 'source', `${sourceText.replace(/\/+$/, '')}/${name}`),
      target: repository(yaml, node, 'target', `${targetText.replace(/\/+$/, '')}/${name}`),
      ...common,
      line: yaml.lineOf(node),
    };
    return { job, node };
  });
}

function settings(yaml: YamlFields, fields: Fields, base: Settings): Settings {
  const platforms = fields.get('platforms');
  const referrers = fields.get('referrers');
  const concurrency = fields.get('concurrency');
  return {
    platforms: platforms === undefined ? base.platforms : platformList(yaml, platforms.value),
    referrers: referrers === undefined ? base.referrers : yaml.boolean(referrers.value, '"referrers"'),
    concurrency: concurrency === undefined ? base.concurrency : yaml.wholeNumber(concurrency.value, '"concurrency"', 1, MAX_CONCURRENCY),
  };
}

/** `all`, `linux/amd64,linux/arm64`, or a YAML list of platforms. */
function platformList(yaml: YamlFields, node: Node | null): readonly Platform[] | undefined {
  const items: { text: string; node: Node | null }[] = [];
  if (isSeq(node)) {
    for (const item of yaml.list(node, '"platforms"')) items.push({ text: yaml.text(item, 'a platform'), node: item });
  } else {
    const text = yaml.text(node, '"platforms" (all, or a list such as linux/amd64,linux/arm64)');
    if (text.trim() === 'all') return undefined;
    for (const part of text.split(',')) items.push({ text: part.trim(), node });
  }
  const wanted = items.filter((item) => item.text !== '');
  if (wanted.length === 0) yaml.fail(node, '"platforms" lists no platform; expected all, or e.g. linux/amd64,linux/arm64');
  return wanted.map((item) => {
    try {
      return parsePlatform(item.text);
    } catch (error) {
      return yaml.fail(item.node, (error as Error).message);
    }
  });
}

function tagFilter(yaml: YamlFields, node: Node | null | undefined): TagFilter {
  if (node === undefined) return {};
  const fields = yaml.map(node, '"tags"', TAG_KEYS);
  const filter: { semver?: string; include?: string; exclude?: string; latest?: number } = {};
  for (const key of ['semver', 'include', 'exclude'] as const) {
    const field = fields.get(key);
    if (field !== undefined) filter[key] = yaml.text(field.value, `"${key}"`);
  }
  const latest = fields.get('latest');
  if (latest !== undefined) filter.latest = yaml.wholeNumber(latest.value, '"latest"', 1);
  try {
    checkTagFilter(filter);
  } catch (error) {
    if (!(error instanceof TagFilterError)) throw error;
    yaml.fail(fields.get(error.key)?.value ?? node, error.message);
  }
  return filter;
}

/** A repository without tag or digest: the tags come from the registry, through the filter. */
function repository(yaml: YamlFields, node: Node | null, key: string, text: string): Reference {
  let ref: Reference;
  try {
    ref = parseReference(text);
  } catch (error) {
    return yaml.fail(node, `${key}: ${(error as Error).message}`);
  }
  // parseReference fills in `latest` when no tag was written; a tag was written when a ":" follows the last "/".
  const writtenTag = ref.tag !== undefined && text.lastIndexOf(':') > text.lastIndexOf('/');
  if (writtenTag && !text.includes('/') && /^\d+$/.test(ref.tag ?? '')) {
    yaml.fail(
      node,
      `${key} "${text}" reads as repository "${ref.repository}" with tag "${ref.tag}"; to mirror repositories of the registry ${text}, list them under "repositories:"`,
    );
  }
  if (ref.digest !== undefined || writtenTag) {
    const named = ref.digest !== undefined ? `digest ${ref.digest}` : `tag "${ref.tag}"`;
    yaml.fail(
      node,
      `${key} "${text}" names ${named}; a sync ${key} is a repository, tags are chosen with "tags:" (expected e.g. ${ref.registry}/${ref.repository})`,
    );
  }
  return { registry: ref.registry, repository: ref.repository };
}

/** A prefix for `repositories`: checked for tag and digest, as the joined names would hide them. */
function prefix(yaml: YamlFields, node: Node | null, key: string, text: string): void {
  const lastSlash = text.lastIndexOf('/');
  const digest = text.includes('@');
  const tag = lastSlash >= 0 && text.lastIndexOf(':') > lastSlash;
  if (digest || tag) {
    yaml.fail(
      node,
      `${key} "${text}" names a ${digest ? 'digest' : 'tag'}; with "repositories:" it is a prefix such as quay.io/prometheus`,
    );
  }
}

function required(yaml: YamlFields, entry: Node | null, fields: Fields, key: 'source' | 'target'): Node | null {
  const field = fields.get(key);
  if (field === undefined)
    yaml.fail(entry, `the sync entry has no "${key}"; expected both source and target, e.g. source: docker.io/library/nginx`);
  return field.value;
}

/** Two jobs writing one repository would fight over its tags (and prune each other's): refused. */
function checkDistinctTargets(yaml: YamlFields, written: readonly WrittenJob[]): void {
  const lines = new Map<string, number>();
  for (const { job, node } of written) {
    const name = formatReference(job.target);
    if (formatReference(job.source) === name)
      yaml.fail(node, `source and target are both ${name}; a repository cannot be mirrored onto itself`);
    const first = lines.get(name);
    if (first !== undefined) yaml.fail(node, `target ${name} is also the target of line ${first}; each target repository takes one entry`);
    lines.set(name, job.line);
  }
}
