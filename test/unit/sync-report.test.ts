// The CLI's sync table: a row per target repository, the totals line, dry-run lists, kept tags, warnings, failures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syncReport } from '../../src/cli/sync-command.ts';
import { syncFailed, type SyncRepositoryResult, type SyncResult } from '../../src/sync/sync-result.ts';

function repository(over: Partial<SyncRepositoryResult>): SyncRepositoryResult {
  return {
    source: 'docker.io/library/nginx',
    target: 'ghcr.io/acme/mirror/nginx',
    line: 3,
    listed: 10,
    excluded: 2,
    copied: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    bytes: 0,
    bytesSaved: 0,
    tags: [],
    prune: undefined,
    ...over,
  };
}

function result(repositories: SyncRepositoryResult[], over: Partial<SyncResult> = {}): SyncResult {
  const sum = (k: 'copied' | 'unchanged' | 'skipped' | 'failed' | 'bytes' | 'bytesSaved') => repositories.reduce((n, r) => n + r[k], 0);
  return {
    dryRun: false,
    shard: undefined,
    repositories,
    totals: {
      copied: sum('copied'),
      unchanged: sum('unchanged'),
      skipped: sum('skipped'),
      failed: sum('failed'),
      deferred: 0,
      bytes: sum('bytes'),
      bytesSaved: sum('bytesSaved'),
    },
    rateLimited: undefined,
    warnings: [],
    failures: [],
    ...over,
  };
}

describe('sync report', () => {
  it('a row per repository and a totals line', () => {
    const text = syncReport(
      result(
        [
          repository({ copied: 3, unchanged: 5, bytes: 3 * 1024 * 1024, bytesSaved: 1024 }),
          repository({ target: 'ghcr.io/acme/mirror/redis', unchanged: 7, skipped: 2, failed: 1 }),
        ],
        { shard: '2/4', failures: ['ghcr.io/acme/mirror/redis:7.2: source read blob sha256:ab: 404'] },
      ),
    );
    const lines = text.split('\n');
    assert.match(lines[0]!, /^REPOSITORY\s+COPIED\s+UNCHANGED\s+SKIPPED\s+FAILED\s+BYTES\s+PRUNED$/);
    assert.match(lines[1]!, /^ghcr\.io\/acme\/mirror\/nginx\s+3\s+5\s+0\s+0\s+3(\.0)? MiB\s+-$/);
    assert.match(lines[2]!, /^ghcr\.io\/acme\/mirror\/redis\s+0\s+7\s+2\s+1\s+0 B\s+-$/);
    assert.match(text, /3 copied, 12 unchanged, 2 skipped, 1 failed; .* moved, .* saved by mounts \(shard 2\/4\)\./);
    assert.match(text, /^failed: ghcr\.io\/acme\/mirror\/redis:7\.2: source read blob/m);
  });

  it('a dry run says what it would copy and delete, and why a dropped tag stays', () => {
    const text = syncReport(
      result(
        [
          repository({
            copied: 1,
            tags: [
              { tag: '1.27.0', status: 'planned', digest: 'sha256:aa', bytes: 10 },
              { tag: '1.26.0', status: 'unchanged', digest: 'sha256:bb', bytes: 0 },
            ],
            prune: {
              deleted: ['1.24.0'],
              kept: [{ tag: 'mainline', reason: 'it points at sha256:bb, as the kept tag 1.26.0 does' }],
              failed: [],
            },
          }),
        ],
        { dryRun: true, warnings: ['docker.io reports 12 pulls left'] },
      ),
    );
    assert.match(text, /^REPOSITORY\s+TO COPY\s+UNCHANGED\s+SKIPPED\s+FAILED\s+BYTES\s+TO PRUNE$/m);
    assert.match(text, /\s1 \(1 kept\)$/m);
    assert.match(text, /^Dry run: 1 to copy/m);
    assert.match(text, /^would copy ghcr\.io\/acme\/mirror\/nginx:1\.27\.0$/m);
    assert.doesNotMatch(text, /would copy .*1\.26\.0/);
    assert.match(text, /^would delete ghcr\.io\/acme\/mirror\/nginx:1\.24\.0$/m);
    assert.match(text, /^kept ghcr\.io\/acme\/mirror\/nginx:mainline: it points at sha256:bb/m);
    assert.match(text, /^warning: docker\.io reports 12 pulls left$/m);
  });

  it('fails on a failed tag, a repository that could not be read, or a prune that failed; not on skipped tags', () => {
    assert.equal(syncFailed(result([repository({ skipped: 4 })])), false);
    assert.equal(syncFailed(result([repository({ failed: 1 })])), true);
    assert.equal(syncFailed(result([repository({ error: 'tags/list: 401' })])), true);
    assert.equal(syncFailed(result([repository({ prune: { deleted: [], kept: [], failed: [{ tag: 'x', error: '405' }] } })])), true);
  });
});
