// The copy table's arithmetic: a repository's shared blob work is shown once (its first target that did work), and
// the totals count each repository once. Results are built by hand in the shape the engine returns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CopyResult, TargetResult } from '../../src/copy/copy.ts';
import { copyReport, copyTotals, sharedWorkOwners } from '../../src/cli/copy-report.ts';
import { parseReference } from '../../src/oci/reference.ts';

const MiB = 1024 * 1024;
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function target(
  text: string,
  status: TargetResult['status'],
  work: { mounted?: number; existing?: number; uploaded?: number; bytesUploaded?: number; bytesSaved?: number } = {},
): TargetResult {
  const reference = parseReference(text);
  const failed = status === 'failed';
  return {
    target: text,
    repository: `${reference.registry}/${reference.repository}`,
    status,
    digest: failed ? undefined : DIGEST,
    pinned: failed ? undefined : `${reference.registry}/${reference.repository}@${DIGEST}`,
    platforms: [],
    blobs: { mounted: work.mounted ?? 0, existing: work.existing ?? 0, uploaded: work.uploaded ?? 0 },
    bytesUploaded: work.bytesUploaded ?? 0,
    bytesSaved: work.bytesSaved ?? 0,
    durationMs: 1234,
    referrers: { copied: 0, existing: 0 },
    referrerKinds: {},
    ...(failed && { error: `target ${text}: it broke` }),
    events: [],
  };
}

function result(targets: TargetResult[]): CopyResult {
  return {
    source: 'src.example/app:v1',
    sourceDigest: DIGEST,
    digest: DIGEST,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    targets,
    warnings: [],
    rateLimits: [],
  };
}

/** The table's rows by first cell, cells split where the padding is (two spaces or more). */
function rows(report: string): Map<string, string[]> {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith('TARGET'));
  const table = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^\S+(?: \(\d+ repositor(?:y|ies)\))?\s{2,}/.test(line)) break;
    table.push(line.split(/\s{2,}/));
  }
  return new Map(table.map((cells) => [cells[0]!, cells.slice(1)]));
}

// What the engine reports for `copy SRC repo:1 repo:latest`: the same counts on both, because they shared the work.
const upload = { uploaded: 4, bytesUploaded: 39 * MiB, existing: 1, bytesSaved: 2 * MiB };

describe('copy table: shared work is shown once per repository', () => {
  it('two tags of one repository: the first row carries the blobs and bytes, the second says whose they are', () => {
    const report = copyReport(
      result([target('reg.example/acme/app:1', 'copied', upload), target('reg.example/acme/app:latest', 'copied', upload)]),
    );
    const table = rows(report);
    assert.deepEqual(table.get('reg.example/acme/app:1'), ['copied', DIGEST.slice(0, 19), '0', '1', '4', '39 MiB', '1.2s']);
    assert.deepEqual(table.get('reg.example/acme/app:latest'), [
      'copied',
      DIGEST.slice(0, 19),
      '-',
      '-',
      '-',
      '-',
      '1.2s',
      'shared with reg.example/acme/app:1',
    ]);
    assert.match(report, /^TARGET\s+STATUS\s+DIGEST\s+MOUNTED\s+EXISTING\s+UPLOADED\s+BYTES\s+TIME\s+NOTE$/m);
    assert.match(report, /^total \(1 repository\)\s+0\s+1\s+4\s+39 MiB$/m);
    assert.match(report, /^2\.0 MiB not transferred thanks to mounts and blobs already present\.$/m);
    assert.equal(report.match(/39 MiB/g)?.length, 2, 'once in the row that carries it, once in the total');
    assert.deepEqual(
      report.split('\n').filter((l) => l.startsWith('pinned: ')),
      [`pinned: reg.example/acme/app@${DIGEST}`],
      'both tags pin the same reference: it is printed once',
    );
  });

  it('totals add different repositories and count each repository once', () => {
    const other = { mounted: 5, bytesSaved: 40 * MiB };
    const targets = [
      target('reg.example/acme/app:1', 'copied', upload),
      target('reg.example/release/app:1', 'copied', other),
      target('reg.example/acme/app:latest', 'copied', upload),
      target('reg.example/release/app:latest', 'copied', other),
    ];
    assert.deepEqual(sharedWorkOwners(targets), [undefined, undefined, 'reg.example/acme/app:1', 'reg.example/release/app:1']);
    assert.deepEqual(copyTotals(targets), {
      repositories: 2,
      mounted: 5,
      existing: 1,
      uploaded: 4,
      bytesUploaded: 39 * MiB,
      bytesSaved: 42 * MiB,
    });
    const report = copyReport(result(targets));
    assert.match(report, /^total \(2 repositories\)\s+5\s+1\s+4\s+39 MiB$/m);
    assert.match(report, /^42 MiB not transferred/m);
  });

  it('the same repository name in two registries is two repositories', () => {
    const targets = [target('one.example/acme/app:1', 'copied', upload), target('two.example/acme/app:1', 'copied', upload)];
    assert.deepEqual(sharedWorkOwners(targets), [undefined, undefined]);
    assert.equal(copyTotals(targets).bytesUploaded, 78 * MiB);
    assert.doesNotMatch(copyReport(result(targets)), /NOTE|shared with/);
  });

  it('an unchanged or failed target placed nothing: it neither carries the work nor shares it', () => {
    const targets = [
      target('reg.example/acme/app:1', 'unchanged'),
      target('reg.example/acme/app:2', 'failed'),
      target('reg.example/acme/app:3', 'copied', upload),
      target('reg.example/acme/app:4', 'copied', upload),
    ];
    assert.deepEqual(sharedWorkOwners(targets), [undefined, undefined, undefined, 'reg.example/acme/app:3']);
    const table = rows(copyReport(result(targets)));
    assert.deepEqual(table.get('reg.example/acme/app:1')?.slice(0, 6), ['unchanged', DIGEST.slice(0, 19), '0', '0', '0', '0 B']);
    assert.deepEqual(table.get('reg.example/acme/app:2')?.slice(0, 6), ['failed', '-', '0', '0', '0', '0 B']);
    assert.deepEqual(table.get('reg.example/acme/app:3')?.slice(2, 6), ['0', '1', '4', '39 MiB']);
    assert.equal(table.get('reg.example/acme/app:4')?.at(-1), 'shared with reg.example/acme/app:3');
    assert.equal(copyTotals(targets).uploaded, 4);
  });

  it('a dry run ("would copy") shares the same way', () => {
    const targets = [target('reg.example/acme/app:1', 'planned', upload), target('reg.example/acme/app:2', 'planned', upload)];
    const table = rows(copyReport(result(targets)));
    assert.equal(table.get('reg.example/acme/app:1')?.[0], 'would copy');
    assert.equal(table.get('reg.example/acme/app:2')?.at(-1), 'shared with reg.example/acme/app:1');
  });

  it('one target: its own row, no NOTE column and no total row', () => {
    const report = copyReport(result([target('reg.example/acme/app:1', 'copied', upload)]));
    assert.match(report, /^TARGET\s+STATUS\s+DIGEST\s+MOUNTED\s+EXISTING\s+UPLOADED\s+BYTES\s+TIME$/m);
    assert.doesNotMatch(report, /^total/m);
    assert.match(report, /^reg\.example\/acme\/app:1\s+copied\s+sha256:\w+\s+0\s+1\s+4\s+39 MiB\s+1\.2s$/m);
  });
});
