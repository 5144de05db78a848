// The runner protocol hoist speaks without @actions/core: inputs, commands, outputs and the summary, checked
// against the formats the runner reads (the output parser here is the tests' own, not the code under test).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { appendSummary, formatCommand, getInput, outputRecord, setFailed, setOutput, setSecret } from '../../src/action/runner.ts';
import { parseOutputFile } from '../support/run-action.ts';

const dir = mkdtempSync(join(tmpdir(), 'hoist-runner-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `fn` with process.stdout.write captured; returns what it wrote. */
function captureStdout(fn: () => void): string {
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return written.join('');
}

describe('getInput', () => {
  it('reads INPUT_<NAME>, upper-cased with spaces as underscores, and keeps hyphens', () => {
    const env = { 'INPUT_DRY-RUN': 'true', INPUT_GITHUB_TOKEN: 'x', INPUT_A_B: 'spaced' };
    assert.equal(getInput('dry-run', {}, env), 'true');
    assert.equal(getInput('github_token', {}, env), 'x');
    assert.equal(getInput('a b', {}, env), 'spaced');
    assert.equal(getInput('missing', {}, env), '');
  });

  it('trims unless asked not to (passwords keep their spaces)', () => {
    const env = { INPUT_PASSWORD: '  p w \n' };
    assert.equal(getInput('password', {}, env), 'p w');
    assert.equal(getInput('password', { trimWhitespace: false }, env), '  p w \n');
  });
});

describe('workflow commands', () => {
  it('escapes %, CR and LF in the message so a value cannot start a command of its own', () => {
    assert.equal(formatCommand('error', '50% done\r\n::add-mask::x'), '::error::50%25 done%0D%0A::add-mask::x');
  });

  it('escapes : and , in properties as well', () => {
    assert.equal(formatCommand('set-output', 'v', { name: 'a:b,c' }), '::set-output name=a%3Ab%2Cc::v');
    assert.equal(formatCommand('endgroup'), '::endgroup::');
  });

  it('masks a multi-line secret as one escaped command line', () => {
    assert.equal(
      captureStdout(() => setSecret('line1\nline2')),
      '::add-mask::line1%0Aline2\n',
    );
  });

  it('setFailed reports the error and sets a failing exit code', () => {
    const before = process.exitCode;
    try {
      assert.equal(
        captureStdout(() => setFailed('2 of 3 targets failed: a, b.')),
        '::error::2 of 3 targets failed: a, b.\n',
      );
      assert.equal(process.exitCode, 1);
    } finally {
      process.exitCode = before;
    }
  });
});

describe('outputs', () => {
  it('writes records the runner parses back to the same values, multi-line and JSON included', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    const values = { digest: 'sha256:abc', refs: 'r/a@sha256:1\nr/b@sha256:2', result: '[{"target":"x"}]', empty: '' };
    for (const [name, value] of Object.entries(values)) setOutput(name, value, { GITHUB_OUTPUT: file });
    assert.deepEqual(parseOutputFile(readFileSync(file, 'utf8')), values);
  });

  it('uses a fresh delimiter per record and refuses a value that contains it', () => {
    const a = outputRecord('x', 'v');
    const b = outputRecord('x', 'v');
    assert.notEqual(a.split('\n')[0], b.split('\n')[0]);
    assert.throws(() => outputRecord('x', 'before\nEND\nafter', 'END'), /contains the delimiter END/);
  });

  it('says which file is missing rather than creating one the runner never reads', () => {
    const file = join(dir, 'no-such-output');
    assert.throws(
      () => setOutput('digest', 'd', { GITHUB_OUTPUT: file }),
      (error: Error) => error.message.includes(file),
    );
  });

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    assert.equal(
      captureStdout(() => setOutput('digest', 'a\nb', {})),
      '\n::set-output name=digest::a%0Ab\n',
    );
  });
});

describe('job summary', () => {
  it('appends to the summary file, keeping what other steps wrote', () => {
    const file = join(dir, 'summary');
    writeFileSync(file, '<p>earlier step</p>\n');
    appendSummary('<h2>hoist</h2>\n', { GITHUB_STEP_SUMMARY: file });
    assert.equal(readFileSync(file, 'utf8'), '<p>earlier step</p>\n<h2>hoist</h2>\n');
  });

  it('does nothing outside the runner, and names a summary file it cannot write', () => {
    appendSummary('x', {});
    const file = join(dir, 'missing', 'summary');
    assert.throws(
      () => appendSummary('x', { GITHUB_STEP_SUMMARY: file }),
      (error: Error) => error.message.includes(file),
    );
  });
});
