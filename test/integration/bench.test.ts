// The benchmark is a deliverable: this runs it once (--quick: one run per scenario, no 512 MiB layer) so a change that
// breaks it fails here. Only its deterministic half is asserted: request counts and one token fetch per registry.
// Times and ratios are left to `npm run bench` on a quiet machine; a shared CI runner cannot judge them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, it } from 'node:test';
import { promisify } from 'node:util';

interface ToolSummary {
  requests: number;
  token: number;
  maxRequests: number;
}
interface ScenarioResult {
  id: string;
  hoist: ToolSummary;
  compared?: ToolSummary;
  skopeo?: ToolSummary;
  ratio: number;
}

const dir = mkdtempSync(join(tmpdir(), 'hoist-bench-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('npm run bench -- --quick measures every scenario, within the request budgets of issue #5', { timeout: 600_000 }, async () => {
  const json = join(dir, 'bench.json');
  // --compare against the same build: exercises the A/B path, whose request counts must then agree.
  const dist = resolve(import.meta.dirname, '../../dist/index.js');
  await promisify(execFile)(
    process.execPath,
    [resolve(import.meta.dirname, '../../bench/run.ts'), '--quick', '--json', json, '--compare', dist],
    {
      cwd: resolve(import.meta.dirname, '../..'),
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: ScenarioResult[] };
  const byId = new Map(results.map((r) => [r.id, r]));
  assert.deepEqual([...byId.keys()].sort(), ['again', 'cross5', 'fanout', 'index', 'promote40', 'startup', 'tag']);

  const budgets: Record<string, number> = { promote40: 45, again: 4, tag: 4 };
  for (const [id, budget] of Object.entries(budgets)) {
    const r = byId.get(id)!;
    assert.ok(r.hoist.maxRequests <= budget, `${id}: ${r.hoist.maxRequests} requests, budget ${budget}`);
  }
  for (const r of results.filter((x) => x.id !== 'startup')) {
    const registries = ['cross5', 'index', 'fanout'].includes(r.id) ? 2 : 1;
    assert.equal(r.hoist.token, registries, `${r.id}: one token request per registry`);
    assert.ok(r.skopeo && r.skopeo.requests > r.hoist.requests, `${r.id}: skopeo was measured alongside`);
    assert.ok(Number.isFinite(r.ratio) && r.ratio > 0, `${r.id}: a ratio was computed`);
    assert.equal(r.compared?.requests, r.hoist.requests, `${r.id}: the same build, compared, makes the same requests`);
  }
});
