// Runs the bundled action (dist/index.js) the way the Actions runner does: inputs as INPUT_* variables, outputs
// and the job summary written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, success by exit code.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ACTION_ENTRY = resolve(import.meta.dirname, '../../dist/index.js');
/** The sync action's bundle (sync/action.yml). */
export const SYNC_ACTION_ENTRY = resolve(import.meta.dirname, '../../dist/sync/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parse the `name<<DELIMITER … DELIMITER` records @actions/core writes to GITHUB_OUTPUT for the action. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  entry = ACTION_ENTRY,
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hoist-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  // A clean environment: only what the runner would set, so the developer's own config cannot leak in.
  const childEnv: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    ...inputEnv,
    ...env,
  };
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [entry], { env: childEnv, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      });
    });
    return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
