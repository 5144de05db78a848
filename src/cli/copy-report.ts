// hoist copy's text output: one row per target, then totals. Targets in one repository share their blob work (the
// engine places each blob once per repository and only the tags differ), so the first of them carries the blob
// counts and bytes, the others say whose work they share, and the totals count every repository once.
import type { CopyResult, TargetResult } from '../copy/copy.ts';
import { formatBytes } from '../display.ts';
import { textTable } from './text-table.ts';

const HEADER = ['TARGET', 'STATUS', 'DIGEST', 'MOUNTED', 'EXISTING', 'UPLOADED', 'BYTES', 'TIME'];

/** Statuses whose counts are the repository's blob work (a failed or unchanged target placed nothing of its own). */
const DID_BLOB_WORK = new Set<TargetResult['status']>(['copied', 'planned']);

const repositoryOf = (t: TargetResult): string => t.repository;

/**
 * Per target, in order: undefined when its row shows its own blob work, or the target (as text) whose row already
 * shows the work it shares: the first target of the same repository that did blob work.
 */
export function sharedWorkOwners(targets: readonly TargetResult[]): Array<string | undefined> {
  const first = new Map<string, string>();
  return targets.map((t) => {
    if (!DID_BLOB_WORK.has(t.status)) return undefined;
    const owner = first.get(repositoryOf(t));
    if (owner === undefined) first.set(repositoryOf(t), t.target);
    return owner;
  });
}

export interface CopyTotals {
  readonly repositories: number;
  readonly mounted: number;
  readonly existing: number;
  readonly uploaded: number;
  readonly bytesUploaded: number;
  readonly bytesSaved: number;
}

/** Sums over targets, each repository's shared blob work counted once. */
export function copyTotals(targets: readonly TargetResult[]): CopyTotals {
  const owners = sharedWorkOwners(targets);
  const own = targets.filter((_, i) => owners[i] === undefined);
  const sum = (pick: (t: TargetResult) => number) => own.reduce((total, t) => total + pick(t), 0);
  return {
    repositories: new Set(targets.map(repositoryOf)).size,
    mounted: sum((t) => t.blobs.mounted),
    existing: sum((t) => t.blobs.existing),
    uploaded: sum((t) => t.blobs.uploaded),
    bytesUploaded: sum((t) => t.bytesUploaded),
    bytesSaved: sum((t) => t.bytesSaved),
  };
}

/** A plain-text table of the result, for terminals and the demo. */
export function copyReport(result: CopyResult): string {
  const lines = [`Source ${result.source} @ ${result.sourceDigest ?? 'unresolved'}`];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  const owners = sharedWorkOwners(result.targets);
  const rows = result.targets.map((t, i) => {
    const owner = owners[i];
    const work =
      owner === undefined
        ? [String(t.blobs.mounted), String(t.blobs.existing), String(t.blobs.uploaded), formatBytes(t.bytesUploaded)]
        : ['-', '-', '-', '-'];
    const row = [
      t.target,
      t.status === 'planned' ? 'would copy' : t.status,
      t.digest ? t.digest.slice(0, 19) : '-',
      ...work,
      `${(t.durationMs / 1000).toFixed(1)}s`,
    ];
    return owner === undefined ? row : [...row, `shared with ${owner}`];
  });
  const totals = copyTotals(result.targets);
  if (result.targets.length > 1) {
    const label = `total (${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'})`;
    rows.push([label, '', '', String(totals.mounted), String(totals.existing), String(totals.uploaded), formatBytes(totals.bytesUploaded)]);
  }
  const header = owners.some((o) => o !== undefined) ? [...HEADER, 'NOTE'] : HEADER;
  lines.push(...textTable(header, rows));
  if (totals.bytesSaved > 0) lines.push(`${formatBytes(totals.bytesSaved)} not transferred thanks to mounts and blobs already present.`);
  // Tags of one repository pin the same registry/repository@digest: say it once.
  const pinned = new Set(result.targets.flatMap((t) => (t.pinned && t.status !== 'failed' ? [t.pinned] : [])));
  for (const p of pinned) lines.push(`pinned: ${p}`);
  for (const r of result.rateLimits) lines.push(`${r.registry}: ${r.remaining} of ${r.limit} pulls left`);
  for (const t of result.targets) if (t.error) lines.push(`error: ${t.error}`);
  return `${lines.join('\n')}\n`;
}
