import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resultJson, setOutputs, summaryHtml, writeSummary } from '../../src/action/outputs.ts';
import { workflowFacts, type WorkflowContext } from '../../src/action/workflow.ts';
import type { CopyResult, TargetResult } from '../../src/copy/copy.ts';
import { parseReference } from '../../src/oci/reference.ts';

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const sourceDigest = sha('source-index');
const pushedDigest = sha('filtered-index');
const hostileError =
  'target registry.example.com/acme/app:v1: the registry said <img src=x onerror=alert(1)> | and *more* [here](http://evil)\n::error::injected';

function target(partial: Partial<TargetResult> & Pick<TargetResult, 'target' | 'status'>): TargetResult {
  const ref = parseReference(partial.target);
  return {
    repository: `${ref.registry}/${ref.repository}`,
    referrers: { copied: 0, existing: 0 },
    referrerKinds: {},
    digest: undefined,
    pinned: undefined,
    platforms: [],
    blobs: { mounted: 0, existing: 0, uploaded: 0 },
    bytesUploaded: 0,
    bytesSaved: 0,
    durationMs: 0,
    events: [],
    ...partial,
  };
}

const result: CopyResult = {
  source: 'ghcr.io/acme/app:sha-1a2b3c',
  sourceDigest,
  digest: pushedDigest,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  targets: [
    target({
      target: 'docker.io/acme/app:v1',
      status: 'copied',
      digest: pushedDigest,
      pinned: `docker.io/acme/app@${pushedDigest}`,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      blobs: { mounted: 1, existing: 2, uploaded: 3 },
      bytesUploaded: 3 * 1024 * 1024,
      bytesSaved: 1024,
      durationMs: 2345,
      events: [{ type: 'blobs', planned: false, mounted: 1, existing: 2, uploaded: 3, bytesUploaded: 3 * 1024 * 1024, foreignSkipped: 0 }],
    }),
    target({
      target: 'quay.io/acme/app:v1',
      status: 'unchanged',
      digest: pushedDigest,
      pinned: `quay.io/acme/app@${pushedDigest}`,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      blobs: { mounted: 0, existing: 5, uploaded: 0 },
      durationMs: 120,
    }),
    target({
      target: 'registry.example.com/acme/app:v1',
      status: 'failed',
      durationMs: 999,
      error: hostileError,
      events: [{ type: 'failed', message: hostileError }],
    }),
  ],
  warnings: ['a warning with <b>markup</b> | pipes'],
  rateLimits: [{ registry: 'docker.io', limit: 100, remaining: 42, windowSeconds: 21600 }],
};

describe('resultJson', () => {
  const parsed = JSON.parse(resultJson(result)) as Array<Record<string, unknown>>;
  const documented = ['target', 'digest', 'status', 'blobs', 'bytesUploaded', 'durationMs', 'referrers'];

  it('has one object per target, in order', () => {
    assert.deepEqual(
      parsed.map((t) => t['target']),
      ['docker.io/acme/app:v1', 'quay.io/acme/app:v1', 'registry.example.com/acme/app:v1'],
    );
  });

  const expected: Array<Record<string, unknown>> = [
    {
      target: 'docker.io/acme/app:v1',
      digest: pushedDigest,
      status: 'copied',
      blobs: { mounted: 1, existing: 2, uploaded: 3 },
      bytesUploaded: 3 * 1024 * 1024,
      durationMs: 2345,
      referrers: { copied: 0, existing: 0 },
    },
    {
      target: 'quay.io/acme/app:v1',
      digest: pushedDigest,
      status: 'unchanged',
      blobs: { mounted: 0, existing: 5, uploaded: 0 },
      bytesUploaded: 0,
      durationMs: 120,
      referrers: { copied: 0, existing: 0 },
    },
    {
      target: 'registry.example.com/acme/app:v1',
      digest: null,
      status: 'failed',
      blobs: { mounted: 0, existing: 0, uploaded: 0 },
      bytesUploaded: 0,
      durationMs: 999,
      referrers: { copied: 0, existing: 0 },
      error: hostileError,
    },
  ];
  expected.forEach((want, i) => {
    it(`${String(want['status'])} target has exactly the documented fields${want['error'] ? ' plus error' : ''}`, () => {
      const got = parsed[i]!;
      assert.deepEqual(Object.keys(got).sort(), [...documented, ...(want['error'] ? ['error'] : [])].sort());
      assert.deepEqual(Object.keys(got['blobs'] as object).sort(), ['existing', 'mounted', 'uploaded']);
      assert.deepEqual(got, want);
    });
  });

  it('an empty result is an empty array', () => {
    assert.equal(resultJson({ ...result, targets: [] }), '[]');
  });
});

describe('workflowFacts', () => {
  const context = (partial: Partial<WorkflowContext> & { repository?: string }): WorkflowContext => ({
    serverUrl: 'https://github.com',
    runId: Number.NaN,
    actor: undefined,
    get repo() {
      if (!partial.repository) throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
      const [owner = '', repo = ''] = partial.repository.split('/');
      return { owner, repo };
    },
    ...Object.fromEntries(Object.entries(partial).filter(([k]) => k !== 'repository')),
  });
  const cases: Array<[string, WorkflowContext, ReturnType<typeof workflowFacts>]> = [
    [
      'a run: repository, actor and run link',
      context({ repository: 'acme/app', runId: 42, actor: 'octocat' }),
      { repository: { owner: 'acme', repo: 'app' }, actor: 'octocat', runUrl: 'https://github.com/acme/app/actions/runs/42' },
    ],
    [
      'GitHub Enterprise: the run link on its server',
      context({ repository: 'acme/app', runId: 7, serverUrl: 'https://ghe.example.com' }),
      { repository: { owner: 'acme', repo: 'app' }, runUrl: 'https://ghe.example.com/acme/app/actions/runs/7' },
    ],
    ['no run id: no run link', context({ repository: 'acme/app' }), { repository: { owner: 'acme', repo: 'app' } }],
    ['no repository (outside a runner): nothing', context({ runId: 42 }), {}],
  ];
  for (const [name, given, expected] of cases) {
    it(name, () => {
      assert.deepEqual(workflowFacts(given), expected);
    });
  }

  it('reads @actions/github’s context, which reads the runner’s environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'acme/ctx',
      GITHUB_RUN_ID: '99',
      GITHUB_ACTOR: 'hubot',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    delete process.env['GITHUB_EVENT_PATH'];
    try {
      const { context: real } = await import('@actions/github');
      assert.deepEqual(workflowFacts(real), {
        repository: { owner: 'acme', repo: 'ctx' },
        actor: 'hubot',
        runUrl: 'https://github.com/acme/ctx/actions/runs/99',
      });
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('summaryHtml', () => {
  const html = summaryHtml(result, { runUrl: 'https://github.com/acme/my_app/actions/runs/42' });
  const allowedTags = /<\/?(?:h2|p|code|table|tr|th|td)>|<a href="[^"<>]*">|<\/a>/g;

  it('contains no tag but its own: registry text cannot inject markup', () => {
    const stripped = html.replace(allowedTags, '');
    assert.ok(!stripped.includes('<'), `stray "<" in: ${stripped}`);
    assert.ok(!stripped.includes('>'), `stray ">" in: ${stripped}`);
  });

  const escapes: Array<[string, string]> = [
    ['the <img> from the error message', '&lt;img src=x onerror=alert(1)&gt;'],
    ['the "|" from the error message', 'the registry said &lt;img src=x onerror=alert(1)&gt; &#124; and'],
    ['markdown emphasis and link brackets', '&#42;more&#42; &#91;here&#93;(http://evil)'],
    ['the newline in the error message', 'http://evil) ::error::injected'],
    ['the warning', '<p>⚠️ a warning with &lt;b&gt;markup&lt;/b&gt; &#124; pipes</p>'],
    ['the run link', '<a href="https://github.com/acme/my&#95;app/actions/runs/42">Workflow run</a>'],
  ];
  for (const [what, text] of escapes) {
    it(`escapes ${what}`, () => {
      assert.ok(html.includes(text), `missing ${text} in:\n${html}`);
    });
  }

  it('has no raw "|" anywhere, so no Markdown table can be broken', () => {
    assert.ok(!html.includes('|'));
  });

  it('has a header row and one row of eleven cells per target', () => {
    const rows = html.match(/<tr>.*?<\/tr>/g) ?? [];
    assert.equal(rows.length, 1 + result.targets.length);
    assert.equal((rows[0]!.match(/<th>/g) ?? []).length, 11);
    for (const row of rows.slice(1)) assert.equal((row.match(/<td>/g) ?? []).length, 11, row);
  });

  it('the copied row shows its pinned reference, platforms and blob counts', () => {
    const row = (html.match(/<tr>.*?<\/tr>/g) ?? [])[1]!;
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(cells, [
      '<code>docker.io/acme/app:v1</code>',
      '✅ copied',
      `<code>docker.io/acme/app@${pushedDigest}</code>`,
      'linux/amd64, linux/arm64/v8',
      '1',
      '2',
      '3',
      '3.0 MiB',
      '1.0 KiB',
      '—',
      '2.3 s',
    ]);
  });

  it('the failed row shows the escaped error and its time', () => {
    const row = (html.match(/<tr>.*?<\/tr>/g) ?? [])[3]!;
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    assert.equal(cells[0], '<code>registry.example.com/acme/app:v1</code>');
    assert.equal(cells[1], '❌ failed');
    assert.ok(cells[2]!.startsWith('target registry.example.com/acme/app:v1: the registry said &lt;img'), cells[2]);
    assert.equal(cells[10], '1.0 s');
  });

  it('sums up the targets and names both digests when they differ', () => {
    assert.ok(html.includes('1 copied, 1 unchanged, 1 failed'), html);
    assert.ok(html.includes(`Source digest <code>${sourceDigest}</code>; pushed <code>${pushedDigest}</code>`), html);
    assert.ok(html.includes('<h2>hoist: ghcr.io/acme/app:sha-1a2b3c</h2>'), html);
    assert.ok(html.includes('docker.io pull allowance left: 42 of 100 per 6 h.'), html);
  });

  it('names the pushed digest only when it differs from the source digest', () => {
    const same = summaryHtml({ ...result, digest: sourceDigest }, {});
    assert.ok(!same.includes('pushed'), same);
    assert.ok(!same.includes('Workflow run'), 'no run link without the runner environment');
  });
});

describe('dry run', () => {
  const planned: CopyResult = {
    ...result,
    targets: [
      target({
        target: 'ghcr.io/acme/app:v2',
        status: 'planned',
        digest: pushedDigest,
        pinned: `ghcr.io/acme/app@${pushedDigest}`,
        platforms: ['linux/amd64'],
        blobs: { mounted: 0, existing: 1, uploaded: 2 },
        bytesUploaded: 2048,
        durationMs: 50,
      }),
      result.targets[2]!,
    ],
    rateLimits: [],
  };

  it('resultJson reports the planned status with the documented fields', () => {
    const [first] = JSON.parse(resultJson(planned)) as Array<Record<string, unknown>>;
    assert.deepEqual(first, {
      target: 'ghcr.io/acme/app:v2',
      digest: pushedDigest,
      status: 'planned',
      blobs: { mounted: 0, existing: 1, uploaded: 2 },
      bytesUploaded: 2048,
      durationMs: 50,
      referrers: { copied: 0, existing: 0 },
    });
  });

  it('the summary says nothing was written and marks the row', () => {
    const html = summaryHtml(planned, {});
    assert.ok(html.includes('Dry run: 1 would be copied, 0 unchanged, 1 failed'), html);
    assert.ok(html.includes('Nothing was written.'), html);
    assert.ok(html.includes('<td>🔍 would copy</td>'), html);
    assert.ok(!html.replace(/<\/?(?:h2|p|code|table|tr|th|td)>/g, '').includes('<'), 'still no injected markup');
  });
});

describe('setOutputs and writeSummary', () => {
  let dir = '';
  const saved: Record<string, string | undefined> = {};
  const vars = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'];
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoist-outputs-'));
    for (const v of vars) saved[v] = process.env[v];
    process.env['GITHUB_OUTPUT'] = join(dir, 'output');
    process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'summary');
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
  });
  after(async () => {
    for (const v of vars) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('writes digest, refs and result outputs for the targets that did not fail', async () => {
    setOutputs(result);
    const text = await readFile(join(dir, 'output'), 'utf8');
    const outputs: Record<string, string> = {};
    for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
    assert.equal(outputs['digest'], pushedDigest);
    assert.equal(outputs['refs'], `docker.io/acme/app@${pushedDigest}\nquay.io/acme/app@${pushedDigest}`);
    assert.equal(outputs['result'], resultJson(result));
  });

  it('writes the summary HTML to the step summary file', async () => {
    await writeSummary(result);
    assert.equal(await readFile(join(dir, 'summary'), 'utf8'), summaryHtml(result));
  });

  it('leaves what else was in the toolkit’s summary buffer alone when it builds the HTML', async () => {
    const { summary } = await import('@actions/core');
    summary.addRaw('<p>another step’s text</p>');
    const html = summaryHtml(result);
    assert.ok(!html.includes('another step'), html);
    assert.equal(summary.stringify(), '<p>another step’s text</p>');
    summary.emptyBuffer();
  });
});
