// Step outputs and the job summary, built from the copy result. Everything from a registry is escaped.
import type { CopyResult, TargetResult } from '../copy/copy.ts';
import { formatBytes } from '../display.ts';
import { resultEntry } from '../copy/result-json.ts';
import { escapeSummary } from './escape.ts';
import * as runner from './runner.ts';

/** The `result` output: one object per target, the fields workflows and checks depend on. */
export function resultJson(result: CopyResult): string {
  return JSON.stringify(result.targets.map(resultEntry));
}

export function setOutputs(result: CopyResult): void {
  const done = result.targets.filter((t) => t.status !== 'failed');
  runner.setOutput('digest', done[0]?.digest ?? '');
  runner.setOutput('refs', done.map((t) => t.pinned).join('\n'));
  runner.setOutput('result', resultJson(result));
}

/** A run link, when the runner's environment names one. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

/** The job summary as HTML (a table GitHub renders), every cell escaped. */
export function summaryHtml(result: CopyResult, env: NodeJS.ProcessEnv = process.env): string {
  const rows = result.targets.map((t) => row(t)).join('\n');
  const copied = result.targets.filter((t) => t.status === 'copied').length;
  const unchanged = result.targets.filter((t) => t.status === 'unchanged').length;
  const failed = result.targets.filter((t) => t.status === 'failed').length;
  const planned = result.targets.filter((t) => t.status === 'planned').length;
  const saved = result.targets.reduce((sum, t) => sum + t.bytesSaved, 0);
  const uploaded = result.targets.reduce((sum, t) => sum + t.bytesUploaded, 0);
  const link = runUrl(env);
  const lines = [
    `<h2>hoist: ${escapeSummary(result.source)}</h2>`,
    `<p>Source digest <code>${escapeSummary(result.sourceDigest ?? 'unresolved')}</code>` +
      (result.digest && result.digest !== result.sourceDigest ? `; pushed <code>${escapeSummary(result.digest)}</code>` : '') +
      (planned > 0
        ? `. Dry run: ${planned} would be copied, ${unchanged} unchanged, ${failed} failed; ${formatBytes(uploaded)} would be uploaded, ${formatBytes(saved)} would not need transferring. Nothing was written.</p>`
        : `. ${copied} copied, ${unchanged} unchanged, ${failed} failed; ${formatBytes(uploaded)} uploaded, ${formatBytes(saved)} not transferred thanks to mounts and existing blobs.</p>`),
    '<table>',
    '<tr><th>Target</th><th>Status</th><th>Pinned reference</th><th>Platforms</th><th>Mounted</th><th>Existing</th><th>Uploaded</th><th>Bytes uploaded</th><th>Not transferred</th><th>Time</th></tr>',
    rows,
    '</table>',
    ...result.warnings.map((w) => `<p>⚠️ ${escapeSummary(w)}</p>`),
    ...result.rateLimits.map(
      (r) =>
        `<p>${escapeSummary(r.registry)} pull allowance left: ${r.remaining} of ${r.limit}` +
        (r.windowSeconds ? ` per ${formatWindow(r.windowSeconds)}` : '') +
        '.</p>',
    ),
    ...(link ? [`<p><a href="${escapeSummary(link)}">Workflow run</a></p>`] : []),
  ];
  return lines.join('\n') + '\n';
}

function row(t: TargetResult): string {
  const cells =
    t.status === 'failed'
      ? [code(t.target), '❌ failed', escapeSummary(t.error ?? ''), '', '', '', '', '', '', seconds(t.durationMs)]
      : [
          code(t.target),
          { copied: '✅ copied', unchanged: '⏸️ unchanged', planned: '🔍 would copy', failed: '❌ failed', skipped: '⏭️ skipped' }[t.status],
          code(t.pinned ?? ''),
          escapeSummary(t.platforms.join(', ') || '—'),
          String(t.blobs.mounted),
          String(t.blobs.existing),
          String(t.blobs.uploaded),
          formatBytes(t.bytesUploaded),
          formatBytes(t.bytesSaved),
          seconds(t.durationMs),
        ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
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

export function writeSummary(result: CopyResult): void {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  runner.appendSummary(summaryHtml(result));
}
