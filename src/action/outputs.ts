// Step outputs and the job summary, built from the copy result with @actions/core. Everything from a registry is
// escaped: the summary's table API does not escape cells, so each cell is escaped text or our own markup.
import * as core from '@actions/core';
import type { CopyResult, TargetResult } from '../copy/copy.ts';
import { resultEntry } from '../copy/result-json.ts';
import { formatBytes } from '../display.ts';
import { escapeSummary } from './escape.ts';
import type { WorkflowFacts } from './workflow.ts';

type Summary = typeof core.summary;

/** The `result` output: one object per target, the fields workflows and checks depend on. */
export function resultJson(result: CopyResult): string {
  return JSON.stringify(result.targets.map(resultEntry));
}

export function setOutputs(result: CopyResult): void {
  const done = result.targets.filter((t) => t.digest !== undefined);
  core.setOutput('digest', done[0]?.digest ?? '');
  // One per target repository: the tags of one repository pin the same reference.
  core.setOutput('refs', [...new Set(done.map((t) => t.pinned))].join('\n'));
  core.setOutput('result', resultJson(result));
}

const HEADER = [
  'Target',
  'Status',
  'Pinned reference',
  'Platforms',
  'Mounted',
  'Existing',
  'Uploaded',
  'Bytes uploaded',
  'Not transferred',
  'Referrers',
  'Time',
];

/** Appends the run's heading, totals, table, warnings, rate limits and run link to `summary`. */
export function addSummary(summary: Summary, result: CopyResult, facts: Pick<WorkflowFacts, 'runUrl'> = {}): Summary {
  const count = (status: TargetResult['status']): number => result.targets.filter((t) => t.status === status).length;
  const [copied, unchanged, failed, planned] = [count('copied'), count('unchanged'), count('failed'), count('planned')];
  const saved = result.targets.reduce((sum, t) => sum + t.bytesSaved, 0);
  const uploaded = result.targets.reduce((sum, t) => sum + t.bytesUploaded, 0);
  summary
    .addHeading(`hoist: ${escapeSummary(result.source)}`, 2)
    .addRaw(
      `<p>Source digest <code>${escapeSummary(result.sourceDigest ?? 'unresolved')}</code>` +
        (result.digest && result.digest !== result.sourceDigest ? `; pushed <code>${escapeSummary(result.digest)}</code>` : '') +
        (planned > 0
          ? `. Dry run: ${planned} would be copied, ${unchanged} unchanged, ${failed} failed; ${formatBytes(uploaded)} would be uploaded, ${formatBytes(saved)} would not need transferring. Nothing was written.</p>`
          : `. ${copied} copied, ${unchanged} unchanged, ${failed} failed; ${formatBytes(uploaded)} uploaded, ${formatBytes(saved)} not transferred thanks to mounts and existing blobs.</p>`),
      true,
    )
    .addTable([HEADER.map((data) => ({ data, header: true })), ...result.targets.map(row)]);
  if (result.merged && result.merged.length > 0) {
    summary
      .addRaw('<p>Index assembled from:</p>', true)
      .addList(result.merged.map((m) => `${escapeSummary(m.platform)} from ${code(m.source)}`));
  }
  for (const warning of result.warnings) summary.addRaw(`<p>⚠️ ${escapeSummary(warning)}</p>`, true);
  for (const r of result.rateLimits) {
    const window = r.windowSeconds ? ` per ${formatWindow(r.windowSeconds)}` : '';
    summary.addRaw(`<p>${escapeSummary(r.registry)} pull allowance left: ${r.remaining} of ${r.limit}${window}.</p>`, true);
  }
  if (facts.runUrl) summary.addRaw('<p>').addLink('Workflow run', escapeSummary(facts.runUrl)).addRaw('</p>', true);
  return summary;
}

/** The job summary as HTML, built with the toolkit's summary API (its buffer is left empty again). */
export function summaryHtml(result: CopyResult, facts: Pick<WorkflowFacts, 'runUrl'> = {}): string {
  const buffered = core.summary.stringify();
  core.summary.emptyBuffer();
  try {
    return addSummary(core.summary, result, facts).stringify();
  } finally {
    core.summary.emptyBuffer().addRaw(buffered);
  }
}

/** Writes the job summary; outside the runner (no GITHUB_STEP_SUMMARY) there is none to write. */
export async function writeSummary(result: CopyResult, facts: Pick<WorkflowFacts, 'runUrl'> = {}): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await addSummary(core.summary, result, facts).write();
}

function row(t: TargetResult): string[] {
  // '—', not '': the toolkit writes an empty cell as a lone <td> without its closing tag.
  if (t.status === 'failed')
    return [code(t.target), '❌ failed', escapeSummary(t.error ?? ''), ...Array<string>(7).fill('—'), seconds(t.durationMs)];
  if (t.status === 'skipped') return [code(t.target), '⏭️ skipped', escapeSummary(t.reason ?? ''), ...Array<string>(7).fill('—'), '—'];
  return [
    code(t.target),
    { copied: '✅ copied', unchanged: '⏸️ unchanged', planned: '🔍 would copy' }[t.status],
    code(t.pinned ?? ''),
    escapeSummary(t.platforms.join(', ') || '—'),
    String(t.blobs.mounted),
    String(t.blobs.existing),
    String(t.blobs.uploaded),
    formatBytes(t.bytesUploaded),
    formatBytes(t.bytesSaved),
    referrersCell(t),
    seconds(t.durationMs),
  ];
}

/** What followed the image, by kind: `2 copied (1 signature, 1 sbom), 1 there`. */
function referrersCell(t: TargetResult): string {
  const { copied, existing } = t.referrers;
  if (copied === 0 && existing === 0) return '—';
  const kinds = Object.entries(t.referrerKinds)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const verb = t.status === 'planned' ? 'to copy' : 'copied';
  return escapeSummary(`${copied} ${verb}${kinds ? ` (${kinds})` : ''}${existing > 0 ? `, ${existing} there` : ''}`);
}

function code(text: string): string {
  return `<code>${escapeSummary(text)}</code>`;
}

function formatWindow(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
