// The sync action's job summary, built with core.summary: totals, a table with a row per target repository, then per
// repository the tags that did something (collapsed when the run is big), failures listed, warnings, the run link.
// Everything from a registry or the config is escaped (the summary's table API does not escape cells).
import * as core from '@actions/core';
import { formatBytes } from '../display.ts';
import type { SyncPlan } from '../sync/run.ts';
import type { SyncRepositoryResult, SyncResult, SyncTagResult } from '../sync/sync-result.ts';
import { escapeSummary } from './escape.ts';
import type { WorkflowFacts } from './workflow.ts';

type Summary = typeof core.summary;

/** Beyond this many repositories, or tags listed in one, the per-repository lists start collapsed. */
export const OPEN_REPOSITORIES = 5;
export const OPEN_TAGS = 20;
/** Tags listed per repository, and in all, at most: a job summary must stay under the runner's 1 MiB. */
export const MAX_LISTED_TAGS = 200;
export const MAX_LISTED_TAGS_IN_ALL = 2000;

const STATUS: Record<SyncTagResult['status'], string> = {
  copied: '✅ copied',
  unchanged: '⏸️ unchanged',
  failed: '❌ failed',
  planned: '🔍 would copy',
  deferred: '⏳ deferred',
  elsewhere: '↪️ another shard',
};

export function addSyncSummary(summary: Summary, result: SyncResult, config: string, facts: Pick<WorkflowFacts, 'runUrl'> = {}): Summary {
  const t = result.totals;
  const dry = result.dryRun;
  summary
    .addHeading(`hoist sync: ${escapeSummary(config)}${result.shard ? ` (shard ${escapeSummary(result.shard)})` : ''}`, 2)
    .addRaw(
      `<p>${dry ? 'Dry run, nothing was written: ' : ''}${t.copied} ${dry ? 'to copy' : 'copied'}, ${t.unchanged} unchanged, ${t.skipped} skipped` +
        `${t.deferred > 0 ? ` (${t.deferred} deferred to the next run)` : ''}, ${t.failed} failed; ${formatBytes(t.bytes)} ${dry ? 'to move' : 'moved'}, ` +
        `${formatBytes(t.bytesSaved)} saved by mounts and blobs already there.</p>`,
      true,
    )
    .addTable([
      [
        'Repository',
        'Source',
        dry ? 'To copy' : 'Copied',
        'Unchanged',
        'Skipped',
        'Failed',
        'Bytes',
        'Saved',
        dry ? 'To prune' : 'Pruned',
      ].map((data) => ({ data, header: true })),
      ...result.repositories.map(repositoryRow),
    ]);
  const open = result.repositories.length <= OPEN_REPOSITORIES;
  let room = MAX_LISTED_TAGS_IN_ALL;
  for (const r of result.repositories) {
    const listed = r.tags.filter((tag) => tag.status !== 'unchanged' && tag.status !== 'elsewhere');
    const pruned = [...(r.prune?.deleted ?? [])];
    if (listed.length === 0 && pruned.length === 0 && (r.prune?.kept.length ?? 0) === 0) continue;
    const rows = Math.min(listed.length, MAX_LISTED_TAGS, room);
    room -= rows;
    summary.addRaw(tagDetails(r, listed, rows, open && listed.length <= OPEN_TAGS, dry), true);
  }
  if (result.failures.length > 0) {
    summary.addHeading('Failures', 3).addList(result.failures.map((f) => escapeSummary(f)));
  }
  for (const warning of result.warnings) summary.addRaw(`<p>⚠️ ${escapeSummary(warning)}</p>`, true);
  if (facts.runUrl) summary.addRaw('<p>').addLink('Workflow run', escapeSummary(facts.runUrl)).addRaw('</p>', true);
  return summary;
}

export function addPlanSummary(summary: Summary, plan: SyncPlan, config: string): Summary {
  const tags = plan.items.reduce((n, i) => n + i.tags.length, 0);
  const bytes = plan.items.reduce((n, i) => n + i.bytes, 0);
  summary
    .addHeading(`hoist sync plan: ${escapeSummary(config)}`, 2)
    .addRaw(
      `<p>${tags} tags (${plan.items.length} images) to copy, ${formatBytes(bytes)} to move, over ${plan.shards.length} shards; ${plan.unchanged} tags unchanged.</p>`,
      true,
    )
    .addTable([
      ['Shard', 'Tags', 'Images', 'Bytes'].map((data) => ({ data, header: true })),
      ...plan.shards.map((s) => [escapeSummary(s.shard), String(s.tags), String(s.items), formatBytes(s.bytes)]),
    ]);
  if (plan.failures.length > 0) summary.addHeading('Failures', 3).addList(plan.failures.map((f) => escapeSummary(f)));
  return summary;
}

/** Writes to the job summary; outside the runner (no GITHUB_STEP_SUMMARY) there is none to write. */
export async function writeSummary(build: (summary: Summary) => Summary): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await build(core.summary).write();
}

function repositoryRow(r: SyncRepositoryResult): string[] {
  // '—', not '': the toolkit writes an empty cell as a lone <td> without its closing tag.
  const prune = r.prune ? `${r.prune.deleted.length}${r.prune.kept.length > 0 ? ` (${r.prune.kept.length} kept)` : ''}` : '—';
  if (r.error !== undefined) {
    return [code(r.target), code(r.source), `❌ ${escapeSummary(r.error)}`, '—', '—', '—', '—', '—', '—'];
  }
  return [
    code(r.target),
    code(r.source),
    String(r.copied),
    String(r.unchanged),
    String(r.skipped),
    r.failed > 0 ? `❌ ${r.failed}` : '0',
    formatBytes(r.bytes),
    formatBytes(r.bytesSaved),
    prune,
  ];
}

/** A `<details>` block: the tags that did something, then what prune deleted or kept. */
function tagDetails(r: SyncRepositoryResult, tags: readonly SyncTagResult[], rows: number, open: boolean, dry: boolean): string {
  const shown = tags.slice(0, rows);
  const cells = shown.map(
    (t) =>
      `<tr><td>${code(t.tag)}</td><td>${STATUS[t.status]}</td><td>${t.digest ? code(t.digest) : '—'}</td>` +
      `<td>${t.status === 'failed' ? escapeSummary(t.error ?? '') : formatBytes(t.bytes)}</td></tr>`,
  );
  const more = tags.length > shown.length ? `<p>and ${tags.length - shown.length} more tags (see the result output).</p>` : '';
  const table =
    cells.length > 0 ? `<table><tr><th>Tag</th><th>Status</th><th>Digest</th><th>Bytes or error</th></tr>${cells.join('')}</table>` : '';
  const deleted = r.prune?.deleted ?? [];
  const pruned = deleted.length > 0 ? `<p>${dry ? 'Would delete' : 'Deleted'}: ${deleted.map((tag) => code(tag)).join(', ')}</p>` : '';
  const kept = (r.prune?.kept ?? []).map((k) => `<p>Kept ${code(k.tag)}: ${escapeSummary(k.reason)}</p>`).join('');
  return `<details${open ? ' open' : ''}><summary>${escapeSummary(r.target)}: ${tags.length} tags listed</summary>${table}${more}${pruned}${kept}</details>`;
}

function code(text: string): string {
  return `<code>${escapeSummary(text)}</code>`;
}
